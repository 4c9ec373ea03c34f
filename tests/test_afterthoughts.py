"""A question, then «يعني …» thought aloud (voice typing, chat): answered when the question
alone gets the answer the engine offered first for the whole; never another fact."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("طيب ليش سموه جيش العسرة يعني العسرة مو هي الشدة ولا في معنى ثاني", "army_name"),
        ("مين اللي كانوا حلفاء الروم من العرب يعني الغساسنة وغيرهم مين كمان", "roman_allies"),
        (
            "اه الحين انا بالسيارة سؤالي ليش الرسول ما هجم على الروم لما انسحبوا يعني كان يقدر",
            "no_battle",
        ),
    ],
)
def test_a_question_thought_aloud_after_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_an_afterthought_never_picks_another_fact(answerer: FormAnswerer) -> None:
    # (the question before «يعني» names only the expedition: no one fact to agree on)
    reply, text = reply_to(answerer, "شو صار بغزوة تبوك يعني مين اول واحد تبرع وكم عمره")
    assert not any(part.done and part.fact for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        # who asks, after the question mark
        ("شو اخر غزوة غزاها الرسول؟ عم نتسابق انا واختي", "last_expedition", "آخر غزوات النبي"),
        ("ما عدد جيش المسلمين في تبوك كان كام؟ اخويا بيسألني", "army_size", "أربعين ألف"),
        # what they guessed and why, after a comma
        (
            "مين كان قائد المسلمين في تبوك، قلتله النبي بس عايز اتأكد",
            "leader",
            "قاد غزوة تبوك النبي",
        ),
    ],
)
def test_a_question_then_a_clause_asking_nothing_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    text = assert_each_part_answered(answerer, message, [fact_id])
    assert said in text


@pytest.mark.parametrize(
    "message",
    [
        # the clause after names whose army is asked: the Romans', which the text lacks
        "كم كان عدد الجيش، جيش الروم مش المسلمين",
        # a clause naming another battle is never set aside
        "شنو آخر غزوة للرسول؟ جاوبت بدر ومتأكد غلط",
        # nor one asking «and …» a detail the text lacks, nor one naming a figure of its own
        "ما الذي قدمه عثمان لتجهيز الجيش، والأحاديث في فضله",
        "كم يوم أقام النبي في تبوك، عشرين يوما تقريبا",
    ],
)
def test_a_clause_after_that_names_its_own_subject_is_not_set_aside(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact for part in reply.parts), text
