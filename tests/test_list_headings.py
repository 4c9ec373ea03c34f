"""Lists under a heading and checks beside a question: lines numbered 1, 2, 3 … under a stem
are its options even when long; a chatty true/false heading over bulleted statements has
each judged; a part that only asks which answer is right («فأيهما الصحيح؟», «وين الجواب
الصح فيه؟») is no part of its own beside the question it is about
(knowledge/answer_checks.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered, reply_to


def test_long_counted_options_are_options_and_the_right_one_is_picked(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(
        answerer,
        "شنو صار بمعركة مؤتة حسب الدرس\n1- انتصر المسلمين انتصار كبير\n"
        "2- سقط القادة الثلاثة وخالد خلص الجيش من هزيمة كاملة\n3- ما صار قتال\n4- أسر هرقل",
    )
    assert len(reply.parts) == 1 and reply.parts[0].status is Status.CHOICE, text
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "mutah", text
    assert "سقط القادة الثلاثة" in text, text


def test_a_chatty_true_false_heading_has_each_statement_judged(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "مرحبا، عنا ورقة عمل صح وخطأ بدي اتأكد من اجاباتي:\n- الغزوة كانت برجب\n"
        "- أبو بكر قدم ماله كله\n- الروم انسحبوا وما صار قتال",
    )
    assert [part.status for part in reply.parts] == [Status.VERDICT] * 3, text
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "date",
        "abu_bakr_donation",
        "no_battle",
    ], text
    assert text.count("صحيح.") == 3, text


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "في المسابقة سألونا: من الصحابي الذي قدم نصف ماله؟ واختلفنا بين عمر وعثمان،"
            " فأيهما الصحيح؟",
            ["umar_donation"],
        ),
        (
            "عندي امتحان، هذا السؤال وين الجواب الصح فيه؟\nمن قاد المسلمين في غزوة تبوك؟\n"
            "أ) خالد بن الوليد\nب) النبي محمد ﷺ\nج) زيد بن حارثة",
            ["leader"],
        ),
    ],
)
def test_a_check_of_which_answer_is_right_is_no_part_of_its_own(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_an_answer_told_before_the_check_stays_a_part() -> None:
    read = read_message(
        "سأل المذيع: من الصحابي الذي قدم 950 جملا؟ قال المتصل: عثمان بن عفان، هل إجابته صحيحة؟"
    )
    assert len(read.parts) == 2


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "أسئلة مسابقة الليلة:\nمن قاد غزوة تبوك؟\nمتى كانت؟\nكم كان عدد الجيش؟",
            ["leader", "date", "army_size"],
        ),
        (
            "اسئلة سهرة العيلة:\nكم جمل قدم عثمان؟\nوأبو بكر شو قدم؟\nوعمر؟",
            ["uthman_donation", "abu_bakr_donation", "umar_donation"],
        ),
    ],
)
def test_a_quiz_title_over_unnumbered_questions_is_no_part(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)


def test_a_judged_statement_then_a_question_are_two_parts(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "صح أم خطأ: كانت غزوة تبوك في شهر رجب. وكم كان عدد الجيش؟")
    assert [(part.fact.id if part.fact else None, part.status) for part in reply.parts] == [
        ("date", Status.VERDICT),
        ("army_size", Status.ANSWER),
    ], text
    assert text.split("\n")[1].startswith("صحيح"), text
