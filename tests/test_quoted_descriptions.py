"""What a user sees when a question asks about what a quotation is said of: «الجيش الذي
قال الله فيه: «…» شو اسمه؟» asks the army's name, not the verse quoted (ar97)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import answer_text, reply_to


def _answers(answerer: FormAnswerer, message: str) -> tuple[list[str], str]:
    reply, text = reply_to(answerer, message)
    return [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    "message",
    [
        "يا جماعة، سؤال بمسابقة المدرسة: «الجيش الذي قال الله فيه: لقد تاب الله على النبي"
        " والمهاجرين والأنصار الذين اتبعوه في ساعة العسرة» شو اسمه؟",
        "السلام عليكم، المعلمة كتبت في الواجب: «الجيش الذي قال الله فيه: لقد تاب الله على"
        " النبي والمهاجرين والأنصار الذين اتبعوه في ساعة العسرة» ما اسمه؟",
    ],
)
def test_a_question_after_a_quotation_asks_about_what_it_is_said_of(
    answerer: FormAnswerer, message: str
) -> None:
    got, text = _answers(answerer, message)
    assert got == ["army_name"], (got, text)
    assert answer_text(answerer, "army_name") in text


def test_the_names_inside_the_quotation_are_not_what_is_asked_about() -> None:
    (part,) = read_message(
        "سؤال بالمسابقة: «الجيش الذي قال الله فيه: لقد تاب الله على النبي والمهاجرين"
        " والأنصار الذين اتبعوه في ساعة العسرة» شو اسمه؟"
    ).parts
    assert part.text == "الجيش شو اسمه؟"
    assert "والأنصار" in part.context


def test_a_quotation_introduced_by_no_description_is_read_as_before() -> None:
    # near miss: «قال تعالى:» describes nothing, so the quoted words stay in the question
    (part,) = read_message("قال تعالى: «لقد تاب الله على النبي والمهاجرين» متى نزلت؟").parts
    assert "لقد تاب الله" in part.text


def test_who_a_quotation_is_said_of_is_still_read_with_the_quoted_words(
    answerer: FormAnswerer,
) -> None:
    # near miss: «القوم من هم؟» names nothing; the quoted verse tells whom it means
    message = (
        "القوم الذين قال الله فيهم: «ما لكم إذا قيل لكم انفروا في سبيل الله اثاقلتم إلى"
        " الأرض» من هم؟"
    )
    got, text = _answers(answerer, message)
    assert got == ["verse_38"], (got, text)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «سؤال من <source>:» says where the question comes from; its «من» is «from»
        (
            "يا شباب سؤال من مسابقة الحي: «الجيش الذي قال الله فيه: لقد تاب الله على النبي"
            " والمهاجرين والأنصار الذين اتبعوه في ساعة العسرة» وش اسمه؟",
            "army_name",
        ),
        ("هذا سؤال من كتاب ابني: من القبائل التي جلبها الروم معهم؟", "roman_allies"),
        # near miss: «من» opening the question after «سؤال:» still asks who
        ("سؤال: من قاد غزوة تبوك؟", "leader"),
    ],
)
def test_the_source_a_question_comes_from_is_no_question(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    got, text = _answers(answerer, message)
    assert got == [fact_id], (got, text)
