"""A true/false instruction after a parent's or pupil's words, closed by a colon («ابني حل هذا
وأبغى أتأكد: ضع (✓) أو (✗): …»), and one naming the marks in their boxes instead of «علامة»
(«ضع (✓) أو (✗): …»): the statement after it is judged, the words before it are no part of
it. Each row is a message and its verdict."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("ابني حل هذا وأبغى أتأكد قبل يسلمه: ضع (✓) أو (✗): كانت غزوة تبوك في شهر رجب. (✓)", True),
        ("المعلمة عطتنا ورقة عمل: ضع (✓) أو (✗): الروم هم اللي بدأوا القتال في تبوك", False),
        ("ضع (✓) أو (✗): كانت غزوة تبوك في رمضان", False),
        ("ضع (✓) أو (✗): قدم عمر بن الخطاب نصف ماله لتجهيز الجيش", True),
    ],
)
def test_the_statement_after_the_instruction_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool
) -> None:
    _, text = reply_to(answerer, message)
    assert text.startswith(texts.VERDICT_TRUE if verdict else texts.VERDICT_FALSE), text
