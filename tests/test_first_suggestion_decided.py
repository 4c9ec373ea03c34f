"""Questions the engine once asked back about («هل تقصد…») or answered with the wrong fact,
though one reading was plainly meant: each row a message, the fact that answers it, and words
the reply shows."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «اسم» before a place-class noun only says "name the place": not the army's name
        ("ما اسم المكان الذي سار إليه الجيش", "location"),
        ("اسم المكان الذي توجه اليه الجيش؟", "location"),
        ("ما اسم المنطقة التي سار إليها الجيش", "location"),
        # «حين/عندما» join a time clause; «بلغهم» (it reached them) is «they learned of it»
        ("ماذا فعل الروم حين بلغهم خروج الجيش؟", "roman_surprise"),
        ("ما الذي فعله الروم بعد أن بلغهم خروج المسلمين؟", "roman_surprise"),
        ("ماذا فعل الروم حينما علموا بخروج الجيش؟", "roman_surprise"),
        # a feminine «accompanied» after «التي» only links circumstances to what they came with
        ("الظروف التي رافقت تجهيز جيش تبوك", "hardship"),
        ("ما الصعوبات التي صاحبت تجهيز الجيش", "hardship"),
        ("اذكر الأحوال التي واكبت إعداد جيش تبوك", "hardship"),
        # «ما سبب عدم …» asks why a thing was not done, as «لماذا لم» does
        ("ما سبب عدم مهاجمة النبي للروم بعد انسحابهم", "no_battle"),
        ("ما سبب عدم حدوث قتال في تبوك", "no_battle"),
        ("ما سبب غزوة تبوك", "reasons"),
        # Abu Bakr named by his patronymic
        ("ماذا قدم ابن أبي قحافة لغزوة تبوك", "abu_bakr_donation"),
        ("شو تبرع ابن ابي قحافه في تبوك؟", "abu_bakr_donation"),
    ],
)
def test_the_meant_reading_is_answered(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    assert_answered_with(answerer, message, fact_id, answer_text(answerer, fact_id)[:30])


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        # the place asked is never answered with the army's name
        ("ما اسم المكان الذي سار إليه الجيش", "army_name"),
        ("ما اسم الموضع الذي سار إليه الجيش", "army_name"),
        # «بلغ» without an object pronoun is still «amounted to»
        ("كم بلغ عدد الجيش", "roman_surprise"),
        # «أبو قحافة» alone is Abu Bakr's father, no name of Abu Bakr
        ("ماذا قدم أبو قحافة لغزوة تبوك", "abu_bakr_donation"),
    ],
)
def test_no_wrong_fact_is_shown(answerer: FormAnswerer, message: str, not_shown: str) -> None:
    _, text = reply_to(answerer, message)
    assert answer_text(answerer, not_shown) not in text, text
