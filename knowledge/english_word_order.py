"""A question word left at the end, as learners writing English as a third language put it.

French and Arabic speakers often keep the question word where the answer would stand: «the
expedition of Tabuk it was when?», «the prophet went to tabuk when?», «Tabuk is where?». The
reader takes the question type from the opening words, so it read these as no question at all
(«when» unread, the Prophet's stay at Tabuk answered for a date). Put first, as «when the
prophet went to tabuk?», the question word asks what it asks; so does «in which season» with its
noun («the prophet went to tabuk in which season?»: read as a relative clause, «season» was
excepted from what the answer must explain).
"""

from __future__ import annotations

import re

from knowledge.english_asking import QUESTION_WORDS, words_in
from knowledge.english_lexicon import COPULAS

# The question word closing a one-question message, right after a word of the question (not
# after «and», «or», «but», a comma or a colon: «Who led it, and when?» and «tabuk: when?»
# are read by their own rules).
_LAST = re.compile(
    r"(?<=[A-Za-z0-9'’])\s+(?P<ask>when|where|who|why|how\s+many|how\s+much|"
    # «… went to tabuk in which season?», «… was in what year?»: a question word with its noun.
    r"(?:(?:in|on|at|to|from|during|by|for)\s+)?(?:which|what)\s+[A-Za-z]+)\s*\?+\s*$",
    re.IGNORECASE,
)
# Words after which the closing question word is a question of its own, not this one's.
_JOINING = frozenset("and or but so then also".split())


def question_word_first(text: str) -> str:
    """«the prophet went to tabuk when?» → «when the prophet went to tabuk?»; any other
    message as it is."""
    last = _LAST.search(text)
    if last is None:
        return text
    rest = text[: last.start()].strip()
    words = words_in(rest)
    if (
        len(words) < 2
        or "?" in rest
        or ":" in rest
        or words[-1] in _JOINING
        or QUESTION_WORDS & set(words)
    ):
        return text
    return f"{last.group('ask')} {rest}?"


# An embedded question keeps the statement's order: «remind me who the three commanders were»,
# «tell me what the army was called», «- who the enemy was». A known gap's triggers are written
# in the direct order («who were the three commanders»), so the gap is looked up in both.
_EMBEDDED_ASKS = frozenset("who what where which when".split())
_DETERMINERS = frozenset("the his their this that these those its".split())
# At most this many words between the question word and its verb («the three commanders»).
_MAX_SUBJECT_WORDS = 4


def direct_order(words: tuple[str, ...]) -> tuple[str, ...]:
    """«who the three commanders were that …» → «who were the three commanders that …»; other
    words as they are."""
    for i, word in enumerate(words[:-2]):
        if word not in _EMBEDDED_ASKS or words[i + 1] not in _DETERMINERS:
            continue
        for j in range(i + 2, min(len(words), i + 2 + _MAX_SUBJECT_WORDS)):
            if words[j] in COPULAS:
                return (*words[: i + 1], words[j], *words[i + 1 : j], *words[j + 1 :])
    return words
