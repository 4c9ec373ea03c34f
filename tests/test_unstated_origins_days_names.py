"""Details the text does not state, told apart from the facts they resemble (what the user sees):
- a people's religion or lineage («ما دين أهل دومة الجندل», «إلى من ينتسب أكيدر») is a gap;
- which day something happened («في أي يوم نزلت الآية») is a time the verse fact does not give;
- the name of the companion something was about («ما اسم الصحابي الذي نزلت فيه …») is not
  answered by a fact that names no companion."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "detail"),
    [
        ("ما دين أهل دومة الجندل؟", "دين من يذكرهم"),
        ("شو كان دين أهل تبوك", "دين من يذكرهم"),
        ("ما ديانة الروم في زمن غزوة تبوك", "دين من يذكرهم"),
        ("إلى من ينتسب أكيدر؟", "نسب من يذكرهم"),
        ("ما أصل أهل أيلة", "نسب من يذكرهم"),
    ],
)
def test_a_peoples_religion_or_lineage_is_not_stated(
    answerer: FormAnswerer, message: str, detail: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert text.startswith(texts.GAP.split("{")[0] + detail), text


def test_a_religion_exam_is_no_question_of_religion(answerer: FormAnswerer) -> None:
    assert_answered_with(answerer, "عندي امتحان دين بكرة، متى كانت غزوة تبوك؟", "date", "رجب")


@pytest.mark.parametrize(
    "message",
    [
        "في أي يوم نزلت آية لقد تاب الله على النبي والمهاجرين والأنصار",
        # which hour: a time, and «ساعة العسرة» in the verse is no hour
        "في أي ساعة دخل الجيش تبوك؟",
        "ما اسم الصحابي الذي نزلت فيه آية لقد تاب الله على النبي والمهاجرين",
    ],
)
def test_the_verse_fact_gives_no_day_and_no_companion(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "verse_117") not in text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ما اسم الصحابي الذي قدم نصف ماله", "umar_donation", "عمر بن الخطاب"),
        ("ما اسم الصحابي الذي أرسله النبي إلى دومة الجندل", "dumat_aljandal", "خالد"),
        ("في أي سنة كانت غزوة تبوك", "date", "السنة التاسعة"),
    ],
)
def test_a_companion_named_or_a_year_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
