"""Questions asked inside a request keep the statement's order (en52): «remind me who the
three commanders were» asks the known gap «who were the three commanders»; «remind me» frames
a question as «tell me» does. What the text does not state is said so."""

import pytest

from knowledge.english import EnglishOutcome
from knowledge.english_word_order import direct_order
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "gap"),
    [
        ("In the halaqa on Mu'tah, can you remind me who the three commanders were?",
         "mutah_commanders"),
        ("tell me who the envoy was that they attacked", "envoy_identity"),
    ],
)  # fmt: skip
def test_embedded_question_finds_its_gap(english_engine, message, gap) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.GAP
    assert decision.gap == gap


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("remind me what the army of Tabuk was called", "army_name"),
        ("could you remind me who led the expedition of Tabuk", "leader"),
        ("can you remind me when tabuk was", "date"),
    ],
)
def test_remind_me_frames_the_question(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("remind me who the three commanders were", "remind me who were the three commanders"),
        ("what the army was called", "what was the army called"),
        # A question in the direct order, or a statement, stays as it is.
        ("who were the commanders", "who were the commanders"),
        ("the army was large", "the army was large"),
    ],
)
def test_direct_order(words, expected) -> None:
    assert " ".join(direct_order(tuple(words.split()))) == expected
