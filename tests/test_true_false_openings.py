"""True/false statements opened by a question about the claim put first («هل هذا صحيح:
…»): the statement after it is judged, and the reply a user sees opens with the verdict."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("هل هذا صحيح: قدم أبو بكر نصف ماله لتجهيز الجيش", False, "abu_bakr_donation"),
        ("هل هذا الكلام صحيح: كانت غزوة تبوك في شهر رمضان", False, "date"),
        ("هل هذه المعلومة صحيحة - كانت غزوة تبوك ضد الفرس", False, "enemy"),
        ("واش هذا صحيح: زاد جيش المسلمين في تبوك على أربعين ألفا", True, "army_size"),
    ],
)
def test_a_claim_after_is_this_true_gets_its_verdict_then_the_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_is_this_true_before_a_colon_is_no_part_of_the_statement() -> None:
    message = read_message("هل هذا صحيح: كانت غزوة تبوك في شهر رمضان")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
    assert message.parts[0].text == "كانت غزوة تبوك في شهر رمضان"


def test_is_this_true_alone_still_asks_for_the_statement(answerer: FormAnswerer) -> None:
    # (no colon and nothing after it: a question with no claim, as before)
    _, text = reply_to(answerer, "هل هذا صحيح؟")
    assert not text.startswith(("صحيح", "خطأ")), text


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # «ولا» here is «nor», the statement's own word, not two options joined
        ("صح ولا خطأ: النبي ﷺ ما عقد ولا معاهدة في تبوك", False, "treaties"),
        ("صح أم خطأ: لم يعقد النبي معاهدة ولا صلحا في تبوك", False, "treaties"),
    ],
)
def test_or_inside_a_statement_after_a_verdict_lead_is_no_choice(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_a_choice_joined_by_or_without_a_verdict_lead_is_still_a_choice() -> None:
    message = read_message("متى خرج الجيش؟ رجب ولا رمضان")
    assert [part.form for part in message.parts] == [Form.CHOICE]


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("كانت غزوة تبوك في رمضان صح ولا غلط يا شباب", False, "date"),
        ("قدم عمر بن الخطاب ماله كله، صح أم خطأ يا أستاذ؟", False, "umar_donation"),
        ("خرج الجيش في شهر رمضان صح يا استاذ", False, "date"),
    ],
)
def test_a_vocative_after_the_verdict_tail_still_closes_the_statement(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_the_vocative_after_the_tail_is_no_part_of_the_statement() -> None:
    message = read_message("كانت غزوة تبوك في رمضان صح ولا غلط يا شباب؟")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
    assert message.parts[0].text == "كانت غزوة تبوك في رمضان"
