"""Flashcards (knowledge/english_quiz_cards.py, card_front): the card's front is what is
asked, the talk of its back asks nothing; a front the text does not answer stays unanswered,
and «front» inside a sentence is no card."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_quiz_cards import card_front
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Card front: 'Why is Tabuk remembered as the Prophet's final expedition?' - what "
            "goes on the back?",
            "last_expedition",
        ),
        (
            "Anki deck, card 3\nFront: Umar's contribution\nBack: ____\nwhat do I write?",
            "umar_donation",
        ),
        ("Front: who attacked the envoy\nBack: ???", "envoy_assault"),
        ("Front: name of the envoy\nBack: ?", None),
    ],
)
def test_the_front_of_a_card_is_asked(
    english_engine: EnglishEngine, message: str, fact_id: str | None
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("text", "front"),
    [
        ("Card front: 'Who led Tabuk?' – what's on the back?", "Who led Tabuk?"),
        ("Front: Abu Bakr's gift – back?", "Abu Bakr's gift"),
        ("Front: Abu Bakr's gift", None),  # nothing asked of its back
        ("Did the Muslims hold the front - then come back?", None),
    ],
)
def test_what_a_card_asks(text: str, front: str | None) -> None:
    assert card_front(text) == front
