"""Lines above a question that ask nothing of the facts (knowledge/message_preamble.py,
knowledge/titles.py), and a follow-up whose only other word is a preposition
(knowledge/follow_up_reading.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered, reply_to

WHO_KNOWS = [
    "مين يعرف الجواب؟ 🙏\nمتى كانت غزوة تبوك؟",
    "حد يعرف؟\nمتى كانت غزوة تبوك؟",
    "هل من أحد يعرف الإجابة؟\nمتى كانت غزوة تبوك؟",
]


@pytest.mark.parametrize("message", WHO_KNOWS)
def test_asking_who_knows_the_answer_is_no_part(message: str) -> None:
    parts = read_message(message).parts
    assert [part.text for part in parts] == ["متى كانت غزوة تبوك؟"]


def test_who_knows_inside_the_question_still_asks() -> None:
    """«من يعرف متى كانت …؟» asks when: it is the question, not a plea."""
    assert len(read_message("من يعرف متى كانت غزوة تبوك؟").parts) == 1


def test_a_plea_above_options_leaves_the_choice_as_the_one_part(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "أحد يعرف الجواب؟ 🤔\nكم كان عدد جيش المسلمين في تبوك؟\nأ) ثلاثة آلاف\n"
        "ب) عشرة آلاف\nج) أكثر من أربعين ألفا",
    )
    assert len(reply.parts) == 1 and reply.parts[0].status is Status.CHOICE, text
    assert reply.parts[0].choice is not None and reply.parts[0].choice.label == "ج", text


def test_a_first_line_naming_nothing_known_is_not_shown_as_a_failed_part(
    answerer: FormAnswerer,
) -> None:
    """«ولدي بالصف الخامس، هذا سؤال من الكتاب:» above a stem with no question word (a
    sentence to complete) and its options."""
    reply, text = reply_to(
        answerer,
        "ولدي بالصف الخامس، هذا سؤال من الكتاب:\nاختر الإجابة الصحيحة:\n"
        "القائد الذي أرسله النبي إلى دومة الجندل هو:\nأ) أبو عبيدة\nب) خالد بن الوليد\n"
        "ج) زيد بن حارثة",
    )
    assert [part.status for part in reply.parts] == [Status.CHOICE], text
    assert "ولدي" not in text, text


def test_a_follow_up_with_a_preposition_asks_of_the_one_before(answerer: FormAnswerer) -> None:
    """«وعلى ماذا صالحت؟» after a question about Dumat al-Jandal's chief: what the town made
    peace on (the tribute), not the treaties of Tabuk and Ayla."""
    assert_each_part_answered(
        answerer, "مين كان رئيس دومة الجندل؟ وعلى ماذا صالحت؟", ["ukaydir", "jizya"]
    )
