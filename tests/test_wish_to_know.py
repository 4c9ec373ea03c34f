"""A wish to know («أود الاستفسار عن …», «أحب أعرف …», «نود …», «أتمنى معرفة …») and a
letter's opening («بعد السلام والتحية،») ask the topic after them: the fact is given, never
judged «صحيح» as if the wish were a claim; «أحب» that states («أحب النبي أصحابه …») is still
a claim (what the user sees: the first line of the reply)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("أود الاستفسار عن سبب غزوة تبوك", "reasons"),
        ("أحب أعرف سبب تسمية جيش العسرة", "army_name"),
        ("نود الاستفسار عن أكيدر دومة الجندل", "ukaydir"),
        ("بعد السلام والتحية، أريد معرفة قائد غزوة تبوك", "leader"),
        ("أستاذي العزيز، بعد التحية، أود الاستفسار عن سبب غزوة تبوك", "reasons"),
    ],
)
def test_a_wish_to_know_is_answered(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.ANSWER, text
    assert not text.startswith((texts.VERDICT_TRUE, texts.VERDICT_FALSE)), text
