"""Reading an ordering exercise: «رتب الأحداث الآتية حسب وقوعها:» and the events to order.

The events follow the instruction on lines of their own (numbered, lettered, bulleted or
not) or on its line after a colon, apart by commas, dashes or slashes. Only reads: the order
is found by knowledge/event_order.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.option_letters import ARABIC_LABEL, ARABIC_LIST_LABEL
from knowledge.sheet_patterns import SHEET_NUMBER

# «رتب/رتبي/رتّب/أرتب …» or «ترتيب …» with what is ordered or by what: events, expeditions,
# time, occurrence («رتب الغزوات الآتية زمنيا», «رتبي الاحداث حسب حدوثها»).
_INSTRUCTION = re.compile(
    SHEET_NUMBER + r"(?:رتب|رتبي|رتّب|رتّبي|أرتب|ارتب|إرتب|رتبو|رتبوا|ترتيب)\s+"
    r"(?=.*(?:أحداث|احداث|الأحداث|الاحداث|الوقائع|وقائع|الغزوات|غزوات|المعارك|معارك|زمني|زمنيا"
    r"|زمنياً|وقوع|حدوث|الأقدم|الاقدم|الأسبق|الاسبق|تاريخ|التاريخ|التسلسل|تسلسل))"
)
_LABEL = re.compile(
    r"^\s*(?:\(?\s*[0-9٠-٩]{1,2}\s*[\)\-–.:/]|\(\s*(?:" + ARABIC_LIST_LABEL + r")\s*\)"
    r"|(?:" + ARABIC_LIST_LABEL + r")\s*[\)\-–.:/]|[●•·▪◦○■□►▸\-\*–—])\s*"
)
_INLINE_NUMBERED = re.compile(
    r"(?:^|\s)(?:\(?[0-9٠-٩]{1,2}\s*[\)\-–.]|\((?:" + ARABIC_LABEL + r")\)"
    r"|(?:" + ARABIC_LABEL + r")\s*[\)\-–.])\s*"
)
_INLINE_APART = re.compile(r"\s*(?:[،,؛;/]|\s[-–—]\s)\s*")
_MAX_ITEMS = 8
_MAX_ITEM_WORDS = 10


@dataclass(frozen=True, slots=True)
class OrderExercise:
    """The instruction as typed and the items to order, as typed (labels off)."""

    instruction: str
    items: tuple[str, ...]


def _item(text: str) -> str:
    return _LABEL.sub("", text, count=1).strip(" .،,؛;")


def read_order_exercise(text: str) -> OrderExercise | None:
    """The exercise, when the message opens (after at most two heading lines) with an
    instruction to order events and two or more short items follow it; otherwise None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    index = next((i for i, line in enumerate(lines[:3]) if _INSTRUCTION.match(line)), None)
    if index is None:
        return None
    line = lines[index]
    below = [_item(one) for one in lines[index + 1 :]]
    instruction, colon, after = line.partition(":")
    if not colon:
        instruction, colon, after = line.partition("：")
    if not below and after.strip():
        # («رتب …: 1- غزوة تبوك 2- غزوة مؤتة», «… أ- … ب- …», «رتب …: مؤتة، تبوك، الوفود»)
        pieces = _INLINE_NUMBERED.split(after.strip())
        if len([piece for piece in pieces if piece.strip()]) < 2:
            pieces = _INLINE_APART.split(after.strip())
        below = [_item(one) for one in pieces]
    else:
        instruction = line
    items = tuple(one for one in below if one)
    if not 2 <= len(items) <= _MAX_ITEMS or any(
        len(one.split()) > _MAX_ITEM_WORDS for one in items
    ):
        return None
    return OrderExercise(instruction.strip(), items)
