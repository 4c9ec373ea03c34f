"""«غزوة وش اسمها؟ فيها الروم خافوا ورجعوا…», «ما اسم الغزوة؟ - كانت ضد البيزنطيين - جيشها
جيش العسرة»: the ask of an expedition riddle put first, its description after it.

Split at its question mark, the ask alone is a question about a name (the army's, the
leader's) and the description a question of its own. Read whole, with the ask moved last
(the shape the riddle reader knows), it is the riddle it is. Only a short ask that names the
expedition, or asks «its» name, is moved, and only before a description that asks nothing
more.
"""

from __future__ import annotations

import re

from knowledge.riddle_patterns import RIDDLE_ASK, RIDDLE_WHAT
from knowledge.tuning import RIDDLE_CLUE_MIN_WORDS

# the ask, up to its first question mark (a game's title before it aside)
_ASK_FIRST = re.compile(
    r"^(?P<lead>\s*(?:[^:：؟?\n]{0,30}[:：]\s*)?)(?P<ask>[^:：؟?]{3,40})[؟?]+\s*(?P<rest>\S.*)$",
    re.DOTALL,
)
# bullets and dashes between the description's clues
_BULLETS = re.compile(r"(?:^|\s)[-–•●·▪*]\s+")
# the ask names the expedition («ما اسم الغزوة», «غزوة وش اسمها»)
_EXPEDITION = re.compile(r"(?:^|\s)(?:ال)?(?:غزوة|غزوه|معركة|معركه)(?:\s|$)")


def ask_moved_last(text: str) -> str:
    """«ما اسم الغزوة؟ كانت ضد الروم، وانتهت دون قتال» → «كانت ضد الروم، وانتهت دون
    قتال، ما اسم الغزوة؟»; other text unchanged."""
    first = _ASK_FIRST.match(text)
    if first is None:
        return text
    ask, rest = first.group("ask").strip(), first.group("rest").strip()
    asks = RIDDLE_ASK.search(f"{ask}؟") or (
        _EXPEDITION.search(ask) and RIDDLE_WHAT.search(f"{ask}؟")
    )
    if not asks or len(ask.split()) > 6 or any(mark in rest for mark in "؟?"):
        return text
    told = ", ".join(c.strip(" ،,.") for c in _BULLETS.split(rest) if c.strip(" ،,."))
    if len(told.split()) < RIDDLE_CLUE_MIN_WORDS:
        return text
    return f"{first.group('lead')}{told.replace(', ', '، ')}، {ask}؟"
