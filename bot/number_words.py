"""A whole number as a teacher types it: digits (Western or Arabic-Indic) or Arabic words.

Pure: /quizsettings reads its value with it («خمسة», «ثلاث عشرة», «تلات», «٥ أسئلة»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot import texts
from knowledge.normalize import normalize

# Six digits at most: past that no setting is in range, and int() is never asked to read
# a number of thousands of digits.
_NUMBER = re.compile(r"[0-9]{1,6}")
_DIGITS = str.maketrans(texts.ARABIC_DIGITS, "0123456789" * 2)
# Compared normalised: «ثلاثة» and «ثلاثه», «أربع» and «اربع» are one word.
_WORDS = {normalize(word): value for value, words in texts.NUMBER_WORDS.items() for word in words}
_TEEN_LEADS = {
    normalize(word): value for value, words in texts.TEEN_LEADING_WORDS.items() for word in words
}
_TENS = {normalize(word) for word in texts.TEEN_TEN_WORDS}
# Twenty, thirty … ninety: what a unit is joined to by «و» for 21–99 («خمس وعشرين»).
_DECADES = {word: value for word, value in _WORDS.items() if value >= 20 and value % 10 == 0}
_AND = normalize(texts.NUMBER_AND)


def whole_number(raw: str) -> int | None:
    """A whole number written in Western or Arabic-Indic digits; None for anything else."""
    value = raw.translate(_DIGITS)
    return int(value) if _NUMBER.fullmatch(value) else None


def read_count(tokens: Sequence[str], units: Sequence[str] = ()) -> int | None:
    """The number written in `tokens`, with one of `units` after it or not; None if unread.

    One token: digits or a number word; two: «ثلاث عشرة» (a unit, then ten) for 11–19, or
    «خمس وعشرين» (a unit, and its tens) for 21–99, with «و» on the tens or apart."""
    words = [normalize(token) for token in tokens]
    if len(words) > 1 and words[-1] in {normalize(unit) for unit in units}:
        words, tokens = words[:-1], tokens[:-1]
    if len(words) == 1:
        digits = whole_number(tokens[0])
        return digits if digits is not None else _WORDS.get(words[0])
    if len(words) == 2 and words[1] in _TENS:
        unit = _TEEN_LEADS.get(words[0]) or _WORDS.get(words[0])
        if unit is not None and 1 <= unit <= 9:
            return 10 + unit
    if len(words) == 3 and words[1] == _AND:  # «خمس و عشرين»
        words = [words[0], _AND + words[2]]
    if len(words) == 2 and words[1].startswith(_AND) and words[1][len(_AND) :] in _DECADES:
        unit = _WORDS.get(words[0])
        if unit is not None and 1 <= unit <= 9:
            return unit + _DECADES[words[1][len(_AND) :]]
    return None
