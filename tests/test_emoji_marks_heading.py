"""A claim headed by the true/false marks in emoji («❌ أو ✅», «✅ ولا ❌», «✔️ أو ❌:»): the
lines under them are statements to judge, as under «صح أم خطأ»; before, the heading was a
headline and the claim got the overview. Marks alone, or one mark opening an option line,
head nothing."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.sheet_patterns import TF_INSTRUCTION
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("✅ ولا ❌\nالروم انتصروا في تبوك", texts.VERDICT_FALSE),
        ("❌ / ✅\nقدم عثمان بن عفان 950 جملا لتجهيز الجيش", texts.VERDICT_TRUE),
        ("✔️ أو ❌: كانت غزوة تبوك في شهر رمضان", texts.VERDICT_FALSE),
        # (a claim the text does not settle: unsettled, never the overview)
        ("❌ أو ✅\nالمنافقين كانوا أول الناس خروجاً لتبوك 🏃‍♂️", texts.VERDICT_UNSETTLED),
    ],
)
def test_a_claim_under_emoji_marks_is_judged(answerer, message: str, opening: str) -> None:
    _, text = reply_to(answerer, message)
    assert text.startswith(opening), text


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("❌ أو ✅", True),
        ("✅ ولا ❌", True),
        ("✔️ أو ❌:", True),
        # (one mark opening an option's line, two marks apart on their lines: no heading)
        ("✅ 950 جملا", False),
        ("❌ 300 بعير", False),
    ],
)
def test_the_marks_head_claims_only_as_a_pair(line: str, heads: bool) -> None:
    assert (TF_INSTRUCTION.search(line) is not None) is heads
