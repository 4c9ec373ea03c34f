"""What the Romans did when the army came is their stance then (knowledge/reaction_asks.py):
answered with their retreat, not asked back between the facts where someone else arrives;
what they did before or after the army's coming is read as typed."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.reaction_asks import as_stance
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "ماذا فعل الروم عند وصول المسلمين؟",
        "شو عملوا الروم لما وصل الجيش؟",
        "وش سوى الروم لما وصل جيش المسلمين؟",
        "شو صار بجيش الروم لما وصل المسلمين؟",
        "الروم شو عملوا لما سمعوا بخروج النبي؟",
    ],
)
def test_the_romans_deed_at_the_armys_coming_is_their_retreat(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "roman_surprise", text
    assert "تقهقروا" in text


def test_what_they_did_before_is_not_their_stance(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ماذا فعل الروم قبل غزوة تبوك؟")
    assert reply.parts[0].fact is not None
    assert reply.parts[0].fact.id == "roman_mobilisation", text


def test_what_they_did_at_the_return_is_not_answered(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ماذا فعل الروم عند عودة المسلمين إلى المدينة؟")
    assert not reply.parts[0].done, text


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("ماذا فعل الروم عند وصول المسلمين؟", "ما موقف الروم عند وصول المسلمين؟"),
        ("شو صار بجيش الروم لما وصل الجيش", "ما موقف جيش الروم لما وصل الجيش"),
        ("ماذا فعل النبي عند وصول تبوك؟", "ماذا فعل النبي عند وصول تبوك؟"),
        ("ماذا فعل الروم بعد الغزوة؟", "ماذا فعل الروم بعد الغزوة؟"),
    ],
)
def test_as_stance(question: str, read: str) -> None:
    assert as_stance(question) == read
