"""A message that is only a greeting or thanks, and a greeting («السلام عليكم», «كيف حالكم»)
set aside before the question it opens."""

from __future__ import annotations

from knowledge.lexicon import (
    GREETING_CORE,
    GREETING_WORDS,
    THANKS_CORE,
    THANKS_WORDS,
)
from knowledge.question_type import without_conjunction_in


def _only(words: tuple[str, ...], allowed: frozenset[str], core: frozenset[str]) -> bool:
    bare: list[str] = []
    for word in _courtesy_folded(words):
        bare.append(without_conjunction_in(word, allowed))
        if bare[-1] not in allowed:
            return False  # (most messages stop at their first word: no word read after it)
    return bool(bare) and any(w in core for w in bare)


# «كيف حالكم», «شلونك»: asking after the one addressed is a greeting, though «كيف» alone
# asks how. Only with a second person's ending («كيف حالهم المنافقين» asks), or bare «كيف
# الحال» ending the message.
_HOW = frozenset("كيف شلون اشلون وشلون وكيف".split())
_HOW_ARE_YOU = frozenset("حالك حالكم حالكو حالكن حالكي احوالك احوالكم".split())
# The one greeting word the pair is read as.
_HOW_ARE_YOU_WORD = "كيفك"


def _how_are_you_at(words: tuple[str, ...], index: int) -> bool:
    """Whether «كيف حالك» (or the like) starts at `index`."""
    if words[index] not in _HOW or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return following in _HOW_ARE_YOU or (following == "الحال" and index + 2 == len(words))


def _courtesy_folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with each «كيف حالك» read as the one greeting word «كيفك»."""
    if not _HOW.intersection(words):
        return words
    folded: list[str] = []
    index = 0
    while index < len(words):
        if _how_are_you_at(words, index):
            folded.append(_HOW_ARE_YOU_WORD)
            index += 2
        else:
            folded.append(words[index])
            index += 1
    return tuple(folded)


def is_greeting(words: tuple[str, ...]) -> bool:
    return _only(words, GREETING_WORDS, GREETING_CORE)


# (one set for every message: the union built anew on each call cost more than the check)
_THANKS_OR_GREETING = THANKS_WORDS | GREETING_WORDS


def is_thanks(words: tuple[str, ...]) -> bool:
    return _only(words, _THANKS_OR_GREETING, THANKS_CORE)


def split_greeting(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """Separate a leading greeting (السلام عليكم ..., كيف حالكم) from the question after it."""
    index = 0
    while index < len(words):
        if words[index] in GREETING_WORDS:
            index += 1
        elif _how_are_you_at(words, index):
            index += 2
        else:
            break
    greeted = index > 0 and any(word in GREETING_CORE for word in _courtesy_folded(words[:index]))
    return (greeted, words[index:]) if greeted else (False, words)
