"""Characters that Python counts as digits but that are no decimal numbers («①», «²», «⑵»):
numbered items and footnote marks in pasted sheets. The reader must read around them, never
stop on them (int("①") raises, though "①".isdigit() is true)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("① كان عدد جيش المسلمين في تبوك ثلاثين الفا صح ام خطأ", False, "army_size"),
        ("② خرج النبي ﷺ إلى تبوك في شهر رجب ( )", True, "date"),
        ("⑶ قدم عمر بن الخطاب نصف ماله في غزوة تبوك صح أم خطأ", True, "umar_donation"),
    ],
)
def test_a_statement_numbered_with_circled_digits_gets_its_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "كان عدد جيش المسلمين في تبوك ² الفا صح ام خطأ",
        "تبرع عثمان بـ ⁹⁵⁰ بعيرا صح ام خطأ",
        "كم عدد جيش تبوك؟ ①②③",
    ],
)
def test_a_digit_that_is_no_number_gets_a_reply(answerer: FormAnswerer, message: str) -> None:
    reply = answerer.answer_message(message)
    assert reply.parts and all(part.status for part in reply.parts)
