"""A claim the phone broke across two lines under a true/false heading.

«صح أم خطأ:\\nكان عدد جيش المسلمين\\nأكثر من أربعين ألفا»: the second line cannot stand as a
claim alone (it opens with a comparison, or is only a phrase after a preposition), so it is
the end of the line before it, and the two are one claim judged once. A numbered or bulleted
line, or one after a line that ends its sentence, is a claim of its own.
"""

from __future__ import annotations

import re

from knowledge.headlines import DEFINITE, PREPOSITIONS
from knowledge.message_lines import strip_numbering
from knowledge.normalize import normalize

# Words that carry a sentence on and never open a claim: «أكثر/أقل من …», «حوالي/نحو …».
_CARRIES_ON = frozenset({"اكثر", "اكتر", "اقل", "حوالي", "نحو", "قرابه", "تقريبا"})
# A line that ends its sentence: a full stop, a question or an exclamation mark, a colon.
_ENDS = (".", "؟", "?", "!", ":", "：")
_BULLET = re.compile(r"^\s*[-–•*·▪●○◦]")
_NUMBER = re.compile(r"^[0-9٠-٩]+$")


def _only_a_phrase(words: list[str]) -> bool:
    """«في السنة التاسعة للهجرة»: a preposition and its objects, no verb nor subject."""
    if not words or words[0] not in PREPOSITIONS:
        return False
    return all(
        DEFINITE.match(word) or word in PREPOSITIONS or _NUMBER.match(word) or index == 1
        for index, word in enumerate(words)
    )


def carries_on(previous: str, line: str) -> bool:
    """Whether `line` is the end of the claim on the line before it."""
    if previous.rstrip().endswith(_ENDS) or _BULLET.match(line) or strip_numbering(line) != line:
        return False
    words = normalize(line).split()
    return bool(words) and (words[0] in _CARRIES_ON or _only_a_phrase(words))
