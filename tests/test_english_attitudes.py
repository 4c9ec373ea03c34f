"""Whose attitude an English question asks (knowledge/english_attitudes.py): the party after
«the attitude/stance/reaction of», never the Arabs' fear when the Romans' or the Muslims'
attitude is asked; and what it was towards sets the scene unless it is a party."""

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # The Arabs' fear is the Arabs' attitude: asked of the Romans or the Muslims it is
        # no answer (it was given as one).
        ("What was the attitude of the Romans towards the Muslims?", None),
        ("Describe the attitude of the Byzantines towards the Muslim army.", None),
        ("What was the attitude of the Muslims towards the Romans?", None),
        # Asked of the Arabs, it is.
        ("What was the attitude of the Arabs towards the Roman army?", "arab_fear"),
        # Towards a thing, not a party: the scene.
        ("Describe the reaction of the hypocrites towards the call to arms.", "hypocrites"),
    ],
)
def test_the_attitude_asked_is_the_named_partys(
    english_engine: EnglishEngine, message: str, fact_id: str | None
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Against whom: the side opposed is asked; the Prophet's leading does not say it
        # (it was the answer), so it is asked back with the enemy first.
        ("Against whom did the Prophet lead his army at Tabuk?", None),
        ("Who did the Prophet lead his army against at Tabuk?", None),
        # The side opposed named, someone else is asked.
        ("Who led the army against the Byzantines at Tabuk?", "leader"),
        ("Who was the expedition against?", "enemy"),
    ],
)
def test_against_whom_asks_the_side_opposed(
    english_engine: EnglishEngine, message: str, fact_id: str | None
) -> None:
    (part,) = english_engine.answer(message).parts
    assert (part.fact.id if part.answered and part.fact else None) == fact_id
    if fact_id is None:
        assert part.decision.suggestions[0].id == "enemy"
