"""Asking for a trusted source («من مصدر موثوق», «مع ذكر المصدر», «بالمصدر») says where the
answer should come from, not what is asked: the reply quotes its source anyway. «من» there is
«from», no «who» (the question after it was left unknown). Each row is a message and the
fact it gets."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ابي اعرف من مصدر موثوق متى كانت غزوة تبوك", "date", "رجب"),
        ("من مصدر موثوق: في أي شهر كانت غزوة تبوك؟", "date", "رجب"),
        ("متى كانت غزوة تبوك من مصدر موثوق", "date", "رجب"),
        ("عطوني من مصادر موثوقة كم كان عدد جيش المسلمين", "army_size", "أربعين ألف"),
        ("كم كان عدد الجيش مع ذكر المصدر", "army_size", "أربعين ألف"),
    ],
)
def test_the_question_is_answered_without_the_source_asked(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
