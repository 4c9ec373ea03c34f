"""Figures a statement gives as rounded: «بنحو ألف», «حوالي أربعين ألفًا», «ألف تقريبًا».

«عثمان ساهم بنحو ألف من الإبل والخيل» rounds the text's 950 camels and 50 horses: a figure
hedged with «نحو/حوالي/قرابة/زهاء/تقريبًا» says «about», so it agrees with a figure the fact
gives, or with their sum, when it is within a small share of it (`APPROX_NUMBER_SHARE`). A
figure given plainly is checked exactly, as before («قدم عثمان ألف جمل» is false).
"""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.answer_keys import read_numbers
from knowledge.normalize import normalize
from knowledge.tuning import APPROX_NUMBER_SHARE

# Words before a figure that make it rounded (normalised, as typed, with «ب» or «و» before).
_BEFORE = frozenset(
    f"{prefix}{word}"
    for word in "نحو حوالي قرابه زهاء يقارب يناهز قرابت".split()
    for prefix in ("", "ب", "و")
) | frozenset(("ما", "مايقارب"))
# Words after a figure that make it rounded («ألف تقريبًا»).
_AFTER = frozenset("تقريبا تقريبآ بالتقريب".split())
# How far a hedge reaches: «بنحو ألف», «حوالي 40 ألف», «ما يقارب أربعين ألفًا».
_REACH = 3


def hedged_numbers(text: str) -> frozenset[int]:
    """The figures the text gives as rounded."""
    words = normalize(text).split()
    found: set[int] = set()
    for index, word in enumerate(words):
        if word in _BEFORE and (word != "ما" or words[index + 1 : index + 2] == ["يقارب"]):
            found.update(read_numbers(" ".join(words[index + 1 : index + 1 + _REACH]))[0])
        elif word in _AFTER:
            found.update(read_numbers(" ".join(words[max(0, index - _REACH) : index]))[0])
    return frozenset(found)


def near_enough(claimed: int, given: Iterable[int]) -> bool:
    """Whether a rounded figure is within `APPROX_NUMBER_SHARE` of one figure given, or of
    their sum («950 جملًا وخمسين فرسًا»: about a thousand)."""
    figures = [n for n in given if n > 0]
    if not figures:
        return False
    return any(abs(claimed - n) <= n * APPROX_NUMBER_SHARE for n in (*figures, sum(figures)))
