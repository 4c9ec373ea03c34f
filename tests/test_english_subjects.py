"""English questions about one named subject, and the exam wording round 5 brought (issue 17):
the one name asked about decides between its own fact and facts that only mention it."""

import pytest

from knowledge.base import load_shipped
from knowledge.english_data import load_english
from knowledge.english_engine import EnglishEngine

FACTS = load_shipped().facts


@pytest.fixture(scope="module")
def engine() -> EnglishEngine:
    return EnglishEngine(FACTS, load_english())


def _facts(engine: EnglishEngine, message: str) -> list[str | None]:
    return [p.fact.id if p.answered and p.fact else None for p in engine.answer(message).parts]


def test_the_one_named_subject_is_answered_by_its_own_fact(engine: EnglishEngine) -> None:
    """The causes mention Mu'tah too, but a question about Mu'tah's part is Mu'tah's."""
    message = "Explain how the earlier Battle of Mu'tah formed part of the background to Tabuk."
    assert _facts(engine, message) == ["mutah"]


@pytest.mark.parametrize(
    ("message", "not_fact"),
    [
        # A side («the Romans») is no single subject: their build-up is not the whole causes.
        ("Explain how the Romans formed the background to Tabuk.", "roman_allies"),
        # Mu'tah's own causes are another event's, refused.
        ("Explain the causes of the Battle of Mu'tah. [4]", "mutah"),
    ],
)
def test_a_side_or_another_event_is_not_a_named_subject(
    engine: EnglishEngine, message: str, not_fact: str
) -> None:
    assert not_fact not in _facts(engine, message)
