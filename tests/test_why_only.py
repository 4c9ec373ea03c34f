"""«Why only this, and not that?» (issue 13): the text states the deed but gives no reason
for it, so the deed is never offered as the answer; a fact people ask «why» of still answers
its own reason question."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "deed"),
    [
        ("لماذا قدم عمر نصف ماله فقط", "umar_donation"),
        ("لماذا قدم عمر نصف ماله فقط وليس كله", "umar_donation"),
        ("علل: قدم عمر بن الخطاب نصف ماله فقط.", "umar_donation"),
        ("بنتي عندها اختبار، سؤالها: لماذا قدم عمر نصف ماله وليس كله؟", "umar_donation"),
        ("لماذا حقن النبي دم أكيدر ولم يقتله", "ukaydir"),
    ],
)
def test_why_only_the_deed_is_not_answered_with_the_deed(
    answerer: FormAnswerer, message: str, deed: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, deed) not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("لماذا سمي جيش تبوك بجيش العسرة", "army_name"),
        ("لماذا لم يهاجم النبي الروم", "no_battle"),
        ("ليش انسحب الروم الى داخل بلادهم بدل ما يهاجمو", "roman_surprise"),
    ],
)
def test_a_fact_people_ask_why_of_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == fact_id
