"""A claim's lead («صحيح ان», «صح ان») after a vocative «يا» and the word it calls: the
claim is judged as it is without the vocative, «صحيح»/«خطأ» and the text's statement."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("يا ابني صحيح ان الرسول رابط بجنوده عند تبوك", True, "stationing"),
        ("يا حبيبي صح ان النبي رابط بجيشه في تبوك", True, "stationing"),
        ("يا بني صح ان الغزوة سميت جيش العسرة", True, "army_name"),
        ("يا ولدي صحيح إنه الغزوة كانت في رمضان", False, "date"),
        ("يا بنتي، صح ان عمر قدم ماله كله؟", False, "umar_donation"),
        ("يا دكتورة صحيح ان غزوة تبوك كانت في السنة العاشرة للهجرة", False, "date"),
    ],
)
def test_a_vocative_before_a_claim_lead_keeps_the_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_the_vocative_is_not_read_as_part_of_the_claim() -> None:
    message = read_message("يا ابني صحيح ان الرسول رابط بجنوده عند تبوك")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
    assert message.parts[0].text == "الرسول رابط بجنوده عند تبوك"


@pytest.mark.parametrize(
    "text",
    [
        "يا ابني متى كانت غزوة تبوك؟",  # a question after the vocative, not a claim
        "يا ترى كم كان عدد الجيش؟",
    ],
)
def test_a_vocative_before_a_question_stays_a_question(text: str) -> None:
    assert [part.form for part in read_message(text).parts] == [Form.QUESTION]


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("شنو رايك، صج ان دومة الجندل صالحت على الجزية؟", True, "jizya"),
        ("ما رأيك: صحيح أن عمر قدم ماله كله؟", False, "umar_donation"),
        ("شو رأيك، هل صحيح ان النبي رابط بجنوده عند تبوك؟", True, "stationing"),
    ],
)
def test_asking_ones_view_before_a_claim_lead_keeps_the_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    # «what do you think, is it true that …»: the view asked is of the claim after it
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
