"""A name written with «ابن» between its parts («عثمان ابن عفان») is the name the text writes
with «بن»: a donor's claim with another donor's amount is «خطأ», with the right donor's fact."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صح او خطأ: عثمان ابن عفان قدم نصف ماله", False, "umar_donation"),
        ("صح او خطأ: عثمان بن عفان قدم نصف ماله", False, "umar_donation"),
        ("عثمان ابن عفان تبرع بنصف ماله في غزوة تبوك", False, "umar_donation"),
        ("صح ولا غلط: عمر ابن الخطاب قدم نصف ماله", True, "umar_donation"),
        ("صح ولا غلط: عمر ابن الخطاب قدم ماله كله", False, "umar_donation"),
    ],
)
def test_a_name_with_ibn_is_judged_as_the_name_with_bin(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
