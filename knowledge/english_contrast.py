"""An English statement closed by the value it is not («Umar gave half of his wealth, not all
of it», «Tabuk was in Rajab, not Ramadan»): the value denied is set against the one claimed,
not a claim of its own; the statement is judged by its head (as knowledge/contrast_tails.py
does in Arabic)."""

from __future__ import annotations

import re

_CONTRAST = re.compile(
    r"^(?P<head>.+?)\s*[,;]?\s+(?:and\s+|but\s+)?not\s+(?P<tail>[\w,']+(?:\s+[\w,']+){0,4})\s*[.!]*$",
    re.IGNORECASE,
)
# What a value set against another may be: a share, a month, a figure, and the words around.
_VALUES = frozenset(
    "all half third quarter whole everything muharram safar rabi jumada rajab shaban shawwal"
    " ramadan dhul qadah qada hijjah".split()
)
_AROUND = frozenset("of it his her their wealth money property in the month year ah a".split())
_MIN_HEAD_WORDS = 3


def contrasted_head(statement: str) -> str:
    """The statement's head when it closes by denying a value (a share, a month, a figure);
    else the statement unchanged."""
    found = _CONTRAST.match(statement.strip())
    if found is None or len(found["head"].split()) < _MIN_HEAD_WORDS:
        return statement
    tail = [w.strip(",'").lower() for w in found["tail"].split()]
    values = [w for w in tail if w in _VALUES or w.replace(",", "").isdigit()]
    if not values or any(w not in _AROUND for w in tail if w not in values):
        return statement
    return found["head"]
