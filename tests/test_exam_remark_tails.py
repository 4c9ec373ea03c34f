"""An exam question, then the asker's word on it after a full stop, «..» or in brackets at
the end («اذكر نتائج غزوة تبوك (سؤال وزاري متكرر)», «وضح موقف المؤمنين .. المعلمة قالت راح
يجي بالاختبار»): the question alone is answered when the engine offered its fact for the
whole (afterthoughts._CLAUSE_END). A tail that asks a thing of its own keeps its reading."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("اشرح سبب تسمية جيش العسرة (سؤال مهم جدا للامتحان)", "army_name"),
        (
            "وضح موقف المؤمنين الصادقين من النفير العام .. المعلمة قالت راح يجي بالاختبار",
            "believers",
        ),
        ("اذكر نتائج غزوة تبوك (سؤال وزاري متكرر)", "outcome"),
        ("بيّن ما فعله خالد بن الوليد في دومة الجندل .. الواجب مطلوب بكرة", "dumat_aljandal"),
        ("عدد الصحابة الذين جهزوا جيش العسرة. أبغى الجواب مختصر", "donations"),
        ("اذكر موقف المنافقين من غزوة تبوك (سؤال متوقع ضروري)", "hypocrites"),
    ],
)
def test_the_question_before_the_asker_s_remark_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("message", "not_fact"),
    [
        # (a word the facts know after the stop: a detail asked of its own, here a gap)
        ("اذكر عدد جيش المسلمين في تبوك. عشرين يوما تقريبا", "army_size"),
        # («and the Romans' number» in the brackets: a further thing asked)
        ("اذكر عدد جيش المسلمين في تبوك (وعدد جيش الروم)", "army_size"),
    ],
)
def test_a_tail_asking_its_own_is_not_dropped(
    answerer: FormAnswerer, message: str, not_fact: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id for p in reply.parts if p.done and p.fact] != [not_fact], text
