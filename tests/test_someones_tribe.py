"""«ما اسم قبيلته؟»: «his tribe» («قبيلة» + «ه», written «قبيلته») asks someone's tribe,
which the fact about the tribes the Romans brought (asked always with the Romans named)
does not state: asked back, never «لخم وغسان». «اسم» before the pronoun does not hide it."""

from __future__ import annotations

import pytest

from knowledge.asked import read_asked
from knowledge.engine import Outcome
from knowledge.forms import FormAnswerer
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "ما اسم قبيلته ؟",
        "حل اسئلة درس غزوة تبوك\n1- من هو رئيس دومة الجندل ؟\n2- ما اسم قبيلته ؟",
    ],
)
def test_his_tribe_is_not_the_romans_allies(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    last = reply.parts[-1]
    assert last.fact is None or last.fact.id != "roman_allies", text
    assert "لخم" not in text.split("ما اسم قبيلته")[-1], text


def test_the_romans_allies_are_still_answered(arabic_engine) -> None:
    reply = arabic_engine.answer("من هي القبائل التي جلبها الروم؟")
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "roman_allies", reply.rule


@pytest.mark.parametrize(
    ("question", "referring"),
    [
        ("ما اسم قبيلته", {"قبيل"}),
        ("ما اسم سته", set()),  # («ستة», six, normalised: no «his»)
    ],
)
def test_his_on_a_feminine_noun(question: str, referring: set[str]) -> None:
    words = tuple(normalize(question).split())
    asked = read_asked(QuestionType.THING, ("اسم", "قبيل", "سته"), words)
    assert set(asked.referring) == referring
