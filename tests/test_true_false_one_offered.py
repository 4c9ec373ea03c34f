"""A statement the engine is unsure of is «صحيح» when the one fact among those it offers that
states every detail and nearly every word is not the first offered («سار جيش المسلمين إلى
تبوك لملاقاة الروم»: the destination, offered after others); never for a claim that someone
alone did it («بس», «وحده», «محدش غيره»), which no fact naming him beside others states
(StatementJudge._judge_one)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_true, assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أم خطأ: سار جيش المسلمين إلى تبوك لملاقاة الروم", "location"),
        (
            "صح ولا غلط: من أسباب غزوة تبوك أن الروم جمعوا جموعا بالشام وزحفوا إلى أطراف الجزيرة",
            "reasons",
        ),
    ],
)
def test_the_one_offered_fact_stating_it_confirms_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: عثمان وحده اللي جهز جيش العسرة",
        "صح ولا غلط: عثمان بس اللي تبرع لتجهيز الجيش ومحدش غيره",
    ],
)
def test_someone_alone_is_never_confirmed(answerer: FormAnswerer, message: str) -> None:
    assert_never_true(answerer, message)
