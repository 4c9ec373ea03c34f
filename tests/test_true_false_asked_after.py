"""A claim asked about after it: «…، واش صحيح؟» (Maghrebi), «…، وش صحيح؟» (Gulf), «…، هل
صحيح؟» and «صح كلامي؟» (is what I say right?) close the statement as «صح؟» does; «خويا
قالي …», «ابوي يقول …» (someone near the asker says, with no «that») tell the claim; a
greeting before a marked statement is no word of it. The statement is judged, and the reply
a user sees opens with the verdict."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        ("غزوة تبوك كانت في العام الثامن، واش صحيح؟", "غزوة تبوك كانت في العام الثامن"),
        ("عثمان قدم 950 جملا، وش صحيح؟", "عثمان قدم 950 جملا"),
        ("كانت غزوة تبوك في رمضان هل صحيح؟", "كانت غزوة تبوك في رمضان"),
        ("خويا قالي غزوة تبوك كانت في رمضان، صح؟", "غزوة تبوك كانت في رمضان"),
        ("المعلمة قالت لي الروم انسحبوا من غير قتال، صح ولا غلط؟", "الروم انسحبوا من غير قتال"),
        ("السلام عليكم، غزوة تبوك كانت في رمضان صح؟", "غزوة تبوك كانت في رمضان"),
        # «is what I say right?»
        ("غزوة تبوك كانت في رمضان صح كلامي؟", "غزوة تبوك كانت في رمضان"),
        ("الروم خافوا ورجعوا لداخل بلادهم، صح كلامي ولا لا؟", "الروم خافوا ورجعوا لداخل بلادهم"),
    ],
)
def test_the_statement_before_its_question_is_the_claim(message: str, claim: str) -> None:
    parts = read_message(message).parts
    assert [(part.form, part.text) for part in parts] == [(Form.TRUE_FALSE, claim)]


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("خويا الصغير قالي غزوة تبوك كانت فالعام الثامن، واش صحيح؟", False, "date"),
        ("ابوي يقول تبوك كانت وقت حر شديد، صح هالكلام؟", True, "hardship"),
        ("غزوة تبوك كانت في شهر رجب، هل صحيح؟", True, "date"),
    ],
)
def test_a_claim_asked_about_after_it_gets_its_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_a_saying_of_the_prophet_is_no_claim_told_by_someone_near(answerer: FormAnswerer) -> None:
    # (only family, friends and teachers tell a claim with no «that»: «النبي قال» stays)
    parts = read_message("النبي قال للمسلمين انفروا في سبيل الله، صح؟").parts
    assert parts[0].text.startswith("النبي قال")


def test_is_it_true_alone_asks_for_the_statement(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "واش صحيح؟")
    assert not text.startswith(("صحيح", "خطأ")), text
