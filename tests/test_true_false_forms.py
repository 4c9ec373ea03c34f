"""True/false statements as teachers post them (issue 13): the instruction in every layout,
and the reply a user sees: «صحيح»/«خطأ», then the statement the text makes."""

from __future__ import annotations

import pytest

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, assert_verdict

# The long instruction teachers write above their statements, or before one on its line.
_LONG = "ضع علامة (✓) أمام العبارة الصحيحة وعلامة (✗) أمام الخاطئة"


@pytest.fixture(scope="module")
def answerer() -> FormAnswerer:
    return FormAnswerer(AnswerEngine(load_shipped().facts))


@pytest.mark.parametrize(
    "instruction",
    [
        _LONG + ":",
        "ضع علامة صح أمام العبارة الصحيحة وعلامة خطأ أمام العبارة الخاطئة فيما يلي:",
        "ضعي علامة صح او خطأ امام كل عبارة مما يأتي",
        "ضع علامة (√) أو (×) أمام العبارات التالية:",
    ],
)
def test_an_instruction_line_holds_no_statement(instruction: str) -> None:
    message = read_message(f"{instruction}\nكانت غزوة تبوك في شهر رمضان (   )")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
    assert message.parts[0].text == "كانت غزوة تبوك في شهر رمضان"


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        (f"{_LONG}:\nكانت غزوة تبوك في شهر رمضان   (    )", False, "date"),
        (f"{_LONG}: قدم عمر بن الخطاب ماله كله", False, "umar_donation"),
        # the instruction before the statement and the box after it, on one line
        ("ضع علامة ✓ أو ✗: كانت غزوة تبوك ضد اليهود ( )", False, "enemy"),
        ("ضع علامة ✓ أو ✗: زاد جيش المسلمين في تبوك على أربعين ألفا ( )", True, "army_size"),
    ],
)
def test_a_statement_under_any_instruction_gets_its_verdict_then_the_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    text = assert_verdict(answerer, message, verdict, fact_id)
    assert answer_text(answerer, fact_id) in text
