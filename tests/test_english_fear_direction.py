"""Who fears whom (en63): «Were the Romans afraid of the Muslims?», «What scared the Romans?»
ask of the Romans' fear; the fact on the Arabs' fear of the Romans, whose phrasings all name
the Arabs as the ones afraid, does not answer them (it did); the Arabs' fear is still theirs."""

import pytest

from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from knowledge.english_fear_roles import fearer
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Were the Romans afraid of the Muslims?", "roman"),
        ("What scared the Romans?", "roman"),
        ("what frightened the byzantines", "roman"),
        ("Why did the Arabs fear the Romans?", "arab"),
        ("The Arabs' fear of Rome", "arab"),
        ("Were the Arabs scared of the Romans?", "arab"),
        ("Who was afraid of the Romans?", None),
        # The Muslims were Arabs: their fear is the Arabs' fact's.
        ("Why were the Muslims reluctant to face the Byzantines?", "arab"),
    ],
)
def test_who_fears(text: str, side: str | None) -> None:
    assert fearer(text) == side


@pytest.mark.parametrize(
    "message",
    [
        "what scared the romans",
        "were the romans afraid of the muslims",
        "why were the romans scared",
    ],
)
def test_the_romans_fear_is_not_the_arabs(english_engine: EnglishEngine, message: str) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.decision.outcome is EnglishOutcome.SUGGEST


@pytest.mark.parametrize(
    "message",
    ["were the arabs scared of the romans", "What frightened the Arabs about the Romans?",
     "who was afraid of the romans"],
)  # fmt: skip
def test_the_arabs_fear_still_answered(english_engine: EnglishEngine, message: str) -> None:
    assert answered_facts(english_engine, message) == ["arab_fear"]
