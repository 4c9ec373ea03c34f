"""What a message tells after its question mark: «كم كان عدد الجيش؟ اخويا بيسألني».

People add who asks or why after the question («… ؟ عم نتسابق انا واختي», «… ؟ عدنا نشاط
بالمدرسة»). Such a tail asks nothing: it has no question word and no question mark of its
own. This module only finds where the question ends; knowledge/forms.py decides whether the
tail may be set aside (it names no one and no other event, and the engine's first thought
is what the question alone answers).
"""

from __future__ import annotations

import re

from knowledge.question_split import has_question_word
from knowledge.tuning import TOLD_TAIL_MAX_WORDS

# The last question mark, then a short tail with no question mark of its own.
_TAIL = re.compile(r"^(.*[؟?])\s*([^؟?]+)$", re.DOTALL)


def told_after(text: str) -> str | None:
    """The text up to its last question mark, when what follows asks nothing; else None."""
    match = _TAIL.match(text.strip())
    if match is None:
        return None
    tail = match.group(2)
    words = tail.split()
    if not words or len(words) > TOLD_TAIL_MAX_WORDS or has_question_word(tail):
        return None
    return match.group(1)
