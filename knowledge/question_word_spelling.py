"""Question words mistyped at the start of a clause, mended in the message's text before it
is read: «لمادا خرج النبي؟» is «لماذا خرج النبي؟» (د for ذ, as learners and children type).

The engine mends such slips in the words it matches (knowledge/function_word_slips.py), but
the message reader finds where a question starts by its question word, so «أنا من إندونيسيا.
أريد أعرف: لمادا خرج النبي إلى تبوك؟» was read with the introduction as part of the question.
"""

from __future__ import annotations

import re
from collections.abc import Container

from knowledge.function_word_slips import known_as_typed, question_word_slip
from knowledge.normalize import normalize
from knowledge.tuning import QUESTION_WORD_SLIP_MIN_LETTERS

# A clause's first word: at the start, or after a sentence mark or a line break.
# (with the «و» or «ف» that joins it: «ولمازا سمي …»)
_OPENING_WORD = re.compile(
    r"(^|[\n.،,؛:!?؟]\s*)((?<![\u0621-\u064a])[وف]?)([\u0621-\u064a]{4,})(?=[\s؟?.,،!]|$)"
)
# Letters learners and children write for each other (the dots and the teeth of ذ ز ث ظ):
# only a word that differs from a question word by one of these is read as it.
_CONFUSED = frozenset(frozenset(pair) for pair in ("دذ", "زذ", "سث", "تث", "ضظ", "زظ", "دض"))


def _confused_letter(word: str, slip: str) -> bool:
    """Whether the two words differ in exactly one letter, a pair learners confuse."""
    if len(word) != len(slip):
        return False
    differ = [frozenset((a, b)) for a, b in zip(word, slip, strict=True) if a != b]
    return len(differ) == 1 and differ[0] in _CONFUSED


def mend_opening_question_words(text: str, vocabulary: Container[str]) -> str:
    """The text with each clause's mistyped opening question word put right."""

    def mended(match: re.Match[str]) -> str:
        joined, word = match.group(2), match.group(3)
        folded = normalize(word)
        if len(folded) < QUESTION_WORD_SLIP_MIN_LETTERS or known_as_typed(folded, vocabulary):
            return match.group(0)
        slip = question_word_slip(folded)
        if slip is None or not _confused_letter(folded, slip):
            return match.group(0)
        return match.group(1) + joined + slip

    return _OPENING_WORD.sub(mended, text)
