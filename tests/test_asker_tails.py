"""A question, then who asks it or where it was set («…؟ اخويا بيسألني», «…؟ اختي تسأل»,
«… عدنا نشاط بالمدرسة»): the clause is the asker's story, kept apart from the question, so
the question is answered as asked; a detail the text lacks stays unanswered."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        # («بيسألني» once read as the Maghrebi «سالات», «it ended»: the outcome was offered)
        ("متى كانت غزوة تبوك؟ اخويا بيسألني", "date", "رجب"),
        ("مين قاد غزوة تبوك؟ اختي تسأل", "leader", "النبي"),
        ("ليش سموه جيش العسرة؟ بنتي بتسألني", "army_name", "صعوبات"),
        ("شو عمل خالد بدومة الجندل؟ ماما بتسأل", "dumat_aljandal", "خالد بن الوليد"),
        # where they heard of it: the teacher, a lecture, the commentaries
        ("ليش سموه جيش العسرة؟ المدرس شرحها اليوم", "army_name", "صعوبات"),
        ("مين قاد غزوة تبوك؟ الدكتور ذكرها بالمحاضرة", "leader", "النبي"),
        ("كيف كانت الظروف لما تجهز الجيش؟ بالتفسير قالوا ساعة العسرة", "hardship", "حر"),
        # thanks for the trouble, with no comma before them
        ("كم عدد جيش المسلمين في تبوك وشكرا لكم على المساعدة", "army_size", "أربعين"),
    ],
)
def test_a_question_then_who_asks_it_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    text = assert_each_part_answered(answerer, message, [fact_id])
    assert said in text


@pytest.mark.parametrize(
    "message",
    ["كم يوما أقام النبي في تبوك؟ ابني يسألني", "كم عدد جيش الروم؟ اخويا بيسألني"],
)
def test_who_asks_never_makes_an_untold_detail_answered(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact for part in reply.parts), text
    assert "لا يذكر النص" in text
