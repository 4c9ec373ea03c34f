"""True/false statements as voice typing, children and channels send them (issue 13): a bare
«صح» with no question mark, «صح ولا لا» run on, the marks in either order or as emoji, the
instruction after fillers or a parent's words; the reply a user sees is the verdict, then the
statement the text makes."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "statement"),
    [
        # a child's bare «صح», no question mark
        ("ابو بكر قدم ماله كله صح", "ابو بكر قدم ماله كله"),
        # run on, no question mark
        ("المؤمنين الصادقين تخلفو عن الغزوة صح ولا لا", "المؤمنين الصادقين تخلفو عن الغزوة"),
        # (what a friend says, with «that» or without it, is the statement judged)
        ("صاحبي يقول عمر قدم ثلث ماله صح كلامه ولا لا", "عمر قدم ثلث ماله"),
        ("الاستاذ قال ان التعبئة كانت في شعبان هل كلامه صح", "التعبئة كانت في شعبان"),
        # the marks reversed, as emoji, or in brackets of their own
        ("قدم ابو بكر الصديق نصف ماله ✗ ✓", "قدم ابو بكر الصديق نصف ماله"),
        ("تقهقر جيش الروم الى داخل بلاده ✔️ ❌", "تقهقر جيش الروم الى داخل بلاده"),
        ("هرقل اعطى الجنود رزق سنه مقدما (صح) (خطأ)", "هرقل اعطى الجنود رزق سنه مقدما"),
        ("العرب ارعبهم ان يقفوا امام الروم (صواب - خطأ)", "العرب ارعبهم ان يقفوا امام الروم"),
        # the instruction after fillers, a channel's bullet, or a parent's words
        ("يعني سؤال صح ولا خطأ غزوة تبوك كانت في شهر رمضان", "غزوة تبوك كانت في شهر رمضان"),
        ("▫️ صح او خطأ ▫️ اعطى هرقل الجنود اراضي في الشام", "اعطى هرقل الجنود اراضي في الشام"),
        (
            "هذا سؤال من كتاب بنتي ضعي علامة صح او خطأ: خرج المسلمون الى تبوك في رجب",
            "خرج المسلمون الى تبوك في رجب",
        ),
    ],
)
def test_the_statement_is_read_whatever_marks_it(message: str, statement: str) -> None:
    parts = read_message(message).parts
    assert [part.form for part in parts] == [Form.TRUE_FALSE]
    assert parts[0].text == statement


@pytest.mark.parametrize(
    "message",
    [
        "ما هو الجواب الصحيح",
        "متى كانت غزوة تبوك",
        # «عدد» asking the number is still read as asking when no verdict is asked
        "عدد جيش المسلمين في غزوة تبوك",
    ],
)
def test_a_question_without_a_verdict_word_is_not_a_statement(message: str) -> None:
    assert [part.form for part in read_message(message).parts] != [Form.TRUE_FALSE]


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("سمي جيش تبوك بجيش العسره صح", True, "army_name"),
        ("كانت الغزوة في السنة التاسعة للهجرة صح", True, "date"),
        ("تبوك اخر غزوه غزاها الرسول صح", True, "last_expedition"),
        ("عدد الجيش كان 3000 مقاتل صح ولا خطأ", False, "army_size"),
        ("يعني سؤال صح ولا خطأ غزوة تبوك كانت في شهر رمضان من السنة التاسعة", False, "date"),
        ("قدم ابو بكر الصديق رضي الله عنه نصف ماله ✗ ✓", False, "abu_bakr_donation"),
        ("صاحبي يقول عمر قدم ثلث ماله صح كلامه ولا لا", False, "umar_donation"),
    ],
)
def test_a_voice_typed_statement_gets_its_verdict_then_the_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: بعد غزوة تبوك غزا النبي غزوات كثيرة",
        "بعد تبوك غزا النبي شي غزوة تانية؟",
    ],
)
def test_a_raid_after_tabuk_is_false_by_the_last_expedition(
    answerer: FormAnswerer, message: str
) -> None:
    # (not «صحيح» by the delegations, which the question without «النبي» finds)
    assert_verdict_then_fact(answerer, message, False, "last_expedition")


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # what came after Tabuk, with no raid, is still confirmed
        ("بعد تبوك توالت الوفود العربيه تعلن اسلامها صح", True, "delegations"),
        ("غزوت تبوك كانت اخر غزوات النبى صلى الله علىه وسلم صح", True, "last_expedition"),
    ],
)
def test_what_followed_tabuk_is_still_judged_by_its_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # what a child wrote in the homework is the claim judged
        ("ابني كاتب في الواجب ان الغزوة كانت ضد قريش هل هذا صح", False, "enemy"),
    ],
)
def test_what_a_learner_wrote_is_the_claim_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
