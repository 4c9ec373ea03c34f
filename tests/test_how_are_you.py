"""«كيف حالكم», «شلونك», «ازيك» asking after the one addressed is courtesy, with a greeting or
alone: no question about Tabuk (it was read «how …?» and answered with the outcome). Only
with a second person's ending or a bare «كيف الحال»; «كيف حالهم …» still asks."""

from __future__ import annotations

import pytest

from knowledge.engine import AnswerEngine, Outcome
from knowledge.forms import FormAnswerer
from knowledge.greetings import split_greeting
from knowledge.message import read_message
from knowledge.normalize import normalize
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    "message",
    ["السلام عليكم كيف حالكم", "كيف حالك؟", "كيف الحال", "شلونكم", "مرحبا كيف حالك يا بوت"],
)
def test_asking_after_the_bot_alone_is_a_greeting(
    arabic_engine: AnswerEngine, message: str
) -> None:
    assert arabic_engine.answer(message).outcome is Outcome.GREETING


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # voice-typed: no comma after the courtesy, the question right after it
        ("السلام عليكم كيف حالكم اريد ان اعرف متى كانت غزوة تبوك", ["date"]),
        ("السلام عليكم، كيف حالكم؟ متى كانت غزوة تبوك؟", ["date"]),
        ("مرحبا كيف الحال؟ كم كان عدد جيش المسلمين في تبوك؟", ["army_size"]),
        ("شلونكم يا شباب، وين رابط النبي بجنوده؟", ["stationing"]),
    ],
)
def test_a_question_after_how_are_you_is_answered_alone(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    text = assert_each_part_answered(answerer, message, fact_ids)
    assert "حالك" not in text and "كيف الحال" not in text, text


@pytest.mark.parametrize(
    "text",
    [
        # «how were they», «how were things at the time»: questions, not courtesy
        "كيف حالهم المنافقين بعد تبوك",
        "كيف الحال وقت تجهيز الجيش",
        "كيف كان حال الناس وقت التجهيز",
    ],
)
def test_how_of_others_still_asks(text: str) -> None:
    assert [part.text for part in read_message(text).parts] == [text]
    assert split_greeting(tuple(normalize(text).split())) == (
        False,
        tuple(normalize(text).split()),
    )
