"""Words wrapped around a question or a claim never decide the reply: a teacher's «ما الإجابة
النموذجية لسؤال …», a search box's «ابحث عن …», a closing «الجواب؟», and who told a claim,
where and when («قال الخطيب اليوم إن …»). Each row is a message and what the user is told."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.wrapped_questions import unwrap
from tests.message_helpers import assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("ما الإجابة النموذجية لسؤال: متى كانت غزوة تبوك؟", "date"),
        ("ما الاجابه الصحيحه للسؤال التالي: كم كان عدد جيش المسلمين؟", "army_size"),
        ("كيف يجيب الطالب عن سؤال: لماذا سمي جيش تبوك بجيش العسرة؟", "army_name"),
        ("أريد نقاط التصحيح لسؤال: علل تسمية جيش تبوك بجيش العسرة", "army_name"),
        ("السلام عليكم، ما جواب سؤال متى كانت غزوة تبوك", "date"),
        ("ابحث عن عدد الجيش في تبوك", "army_size"),
        ("سؤال: كم كان عدد جيش المسلمين؟ الجواب؟", "army_size"),
        (  # a question quoted in a story, then only its answer asked for
            'في الاختبار جاء سؤال "لماذا سمي جيش تبوك بجيش العسرة" وما عرفت أجاوب، '
            "ما الجواب الصحيح؟",
            "army_name",
        ),
    ],
)
def test_the_wrapped_question_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        ("سمعت في الدرس أن غزوة تبوك كانت في رمضان", "date", False),
        ("قال الخطيب اليوم إن أبا بكر قدم ماله كله", "abu_bakr_donation", True),
        ("قال الشيخ في الدرس إن عثمان قدم ألف بعير", "uthman_donation", False),
    ],
)
def test_who_told_the_claim_where_and_when_is_no_part_of_it(
    answerer: FormAnswerer, message: str, fact_id: str, verdict: bool
) -> None:
    reply, text = reply_to(answerer, message)
    assert [(part.fact.id if part.fact else None, part.verdict) for part in reply.parts] == [
        (fact_id, verdict)
    ], text


@pytest.mark.parametrize(
    "message",
    [
        "ما دور علي بن أبي طالب في غزوة تبوك",  # «دور علي» is Ali's role, no search
        "ما الجواب؟",  # nothing asked before the call for the answer
        "سمعت أن أبا بكر قدم ماله كله",  # a plain report is left as typed
        "قال النبي إن",
        # (two questions quoted: which one's answer is asked is not clear)
        "جاء سؤال «متى كانت غزوة تبوك» وسؤال «كم عدد الجيش»، ما الإجابة؟",
    ],
)
def test_messages_without_a_wrapper_are_left_as_typed(message: str) -> None:
    assert unwrap(message) == message


def test_a_wrapped_question_the_text_does_not_settle_is_not_answered(
    answerer: FormAnswerer,
) -> None:
    # (the inner question decides: the text never names who stayed in Medina)
    reply, text = reply_to(answerer, "ما الإجابة النموذجية لسؤال: من استخلف النبي على المدينة؟")
    assert not any(part.done and part.verdict is None and part.fact for part in reply.parts), text
    assert "لا يذكر النص" in text
