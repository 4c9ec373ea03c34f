"""«صحيح ولا مو صحيح», «صح ولا مش صح», «ذا صحيح ولا ماهو صحيح»: «true or not true», the
true/false instruction said with «true» twice, the second denied, before a statement and its
colon or after the statement. The statement is judged as under «صح أم خطأ»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صحيح ولا مو صحيح: قدم عمر بن الخطاب نصف ماله لتجهيز الجيش", True, "umar_donation"),
        ("صح ولا مش صح: الجيش اتسمى جيش العسرة", True, "army_name"),
        ("هذا صحيح ولا ماهو صحيح: كانت غزوة تبوك في شهر رمضان", False, "date"),
        ("خالد بن الوليد قاد غزوة تبوك، صحيح ولا مو صحيح؟", False, "leader"),
        ("صح أو مش صح: رابط النبي بجنوده عند تبوك", True, "stationing"),
    ],
)
def test_true_or_not_true_asks_the_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_the_instruction_is_not_read_as_part_of_the_claim() -> None:
    message = read_message("صحيح ولا مو صحيح: قدم عمر بن الخطاب نصف ماله لتجهيز الجيش")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
    assert message.parts[0].text == "قدم عمر بن الخطاب نصف ماله لتجهيز الجيش"


@pytest.mark.parametrize(
    "text",
    [
        # «الصحيح» as a word of the question, no «or not true»: still a question
        "ما هو القول الصحيح في سبب تسمية جيش العسرة؟",
        "ليش الروم ما حاربوا؟ أبي الجواب الصحيح",
    ],
)
def test_true_alone_in_a_question_leaves_it_a_question(text: str) -> None:
    assert Form.TRUE_FALSE not in [part.form for part in read_message(text).parts]
