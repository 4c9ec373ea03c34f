"""A ministry exam paper pasted whole: sections («السؤال الأول:»), lettered items with their
marks in brackets («(درجتان)», «(3 درجات)»), items of mixed forms. Each item is answered;
the marks, the sections and the instructions ask nothing."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # the first item on the section's line, every item with its marks after the «؟»
        (
            "أجب عما يأتي:\nالسؤال الأول: أ) في أي سنة كانت غزوة تبوك؟ (درجتان)"
            "\nب) لماذا سمي جيش تبوك جيش العسرة؟ (3 درجات)"
            "\nج) كم مجاهدا خرج إلى تبوك؟ (درجة واحدة)",
            ["date", "army_name", "army_size"],
        ),
        (
            "أجب عن الأسئلة الآتية:\n1) من الذي قاد غزوة تبوك؟ (درجتان)"
            "\n2) ما الذي قدمه عمر بن الخطاب لتجهيز الجيش؟ (4 درجات)",
            ["leader", "umar_donation"],
        ),
    ],
)
def test_items_with_their_marks(answerer: FormAnswerer, message: str, fact_ids: list[str]) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    # (the items are shown back without their marks)
    assert "درجات" not in text and "درجتان" not in text, text


@pytest.mark.parametrize(
    ("message", "labels", "fact_ids"),
    [
        # lettered sentences, each ended by its own options in brackets: two items, not
        # the second read as one more option of the first
        (
            "السؤال الرابع: اختر الإجابة الصحيحة مما بين القوسين (درجتان)"
            "\nأ) خرج المسلمون إلى تبوك لملاقاة ( الفرس - الروم - اليهود )"
            "\nب) قائد غزوة تبوك هو ( خالد بن الوليد - النبي صلى الله عليه وسلم - أبو بكر )",
            ["الروم", "النبي صلى الله عليه وسلم"],
            ["enemy", "leader"],
        ),
    ],
)
def test_lettered_sentences_with_bracketed_choices(
    answerer: FormAnswerer, message: str, labels: list[str], fact_ids: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.CHOICE] * len(labels), text
    assert [part.choice.text if part.choice else None for part in reply.parts] == labels, text
    assert [part.fact.id if part.fact else None for part in reply.parts] == fact_ids, text


@pytest.mark.parametrize(
    ("message", "statuses", "fact_ids"),
    [
        # each section is read in its own form: questions, then claims to judge («صحيح»
        # is no answer to «من قائد …؟»)
        (
            "أولا: أجب عن الأسئلة التالية:\n1. من قاد المسلمين في تبوك؟\n2. كم كان عدد الجيش؟"
            "\nثانيا: ضع صح أو خطأ:\n1. انتصر الروم على المسلمين في تبوك ( )",
            [Status.ANSWER, Status.ANSWER, Status.VERDICT],
            ["leader", "army_size", "outcome"],
        ),
        # claims first, then a heading of questions: the questions are asked
        (
            "ضع صح أو خطأ:\n1. أرسل النبي خالدا إلى دومة الجندل ( )\n2. قاتل الروم المسلمين ( )"
            "\nالسؤال الثاني:\nمن قاد غزوة تبوك؟",
            [Status.VERDICT, Status.VERDICT, Status.ANSWER],
            ["dumat_aljandal", "no_battle", "leader"],
        ),
    ],
)
def test_each_section_of_a_sheet_in_its_own_form(
    answerer: FormAnswerer, message: str, statuses: list[Status], fact_ids: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == statuses, text
    assert [part.fact.id if part.fact else None for part in reply.parts] == fact_ids, text
