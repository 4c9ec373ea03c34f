"""A verse the text ties to Tabuk, said to have come down at another event.

«نزلت آية ساعة العسرة في غزوة بدر»: the fact quotes the verse and says it came down about
Tabuk. The statement, with the other event put as Tabuk, is stated in full by that fact,
and quotes words of its verse: a stated contradiction, «خطأ». Only a quoted verse: a fact
that merely tells of verses about someone («نزلت في المنافقين آيات») ties no verse to
Tabuk alone (others came down about the hypocrites at other times).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from knowledge.analysis import other_event
from knowledge.answer_keys import words_of
from knowledge.scope_words import CONTEXTUAL_EVENTS, OTHER_EVENTS

if TYPE_CHECKING:
    from knowledge.statements import Judgement

# Battles and raids by name (not «أول غزوة», «وفاة النبي»: no place to put Tabuk in).
BATTLES = frozenset(OTHER_EVENTS.values()) | frozenset(CONTEXTUAL_EVENTS.values())
_QUOTE_OPEN, _QUOTE_CLOSE = "﴿", "﴾"


def verse_elsewhere(
    statement: str, judge: Callable[[str], Judgement]
) -> tuple[Judgement, str] | None:
    """The judgement that makes the statement «خطأ» and the event it names, or None."""
    words = words_of(statement)
    for end in range(len(words)):
        event = other_event(words[: end + 1])
        if event is None:
            continue
        if event not in BATTLES:
            return None
        put = " ".join((*words[:end], "تبوك", *words[end + 1 :]))
        judged = judge(put)
        fact = judged.fact
        if judged.verdict is not True or fact is None or not _quotes(fact.answer, words):
            return None
        return judged, event
    return None


def _quotes(answer: str, words: tuple[str, ...]) -> bool:
    """Whether the words hold two words in a row of the verse the answer quotes."""
    if _QUOTE_OPEN not in answer:
        return False
    verse = words_of(answer.split(_QUOTE_OPEN, 1)[1].split(_QUOTE_CLOSE, 1)[0])
    pairs = set(pairwise(verse))
    return any(pair in pairs for pair in pairwise(words))
