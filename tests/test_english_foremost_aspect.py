"""English broad questions: the foremost thing of one aspect («the most important result», «the
greatest difficulty») is answered by the fact telling that aspect as a whole
(knowledge/english_broad.broad_fact); the biggest of people's gifts ranks the donors, which the
text does not do, so it stays asked back."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("What was the most important result of the expedition of Tabuk?", "outcome"),
        ("Which was the greatest difficulty the Muslims faced at Tabuk?", "hardship"),
        ("What was the biggest hardship of the army of Tabuk?", "hardship"),
        ("What was the greatest challenge faced by the Muslims during Tabuk?", "hardship"),
        ("What was the worst problem the Muslims faced in Tabuk?", "hardship"),
        ("What was the main cause of the expedition of Tabuk?", "reasons"),
    ],
)
def test_the_foremost_of_an_aspect_is_the_whole_aspect(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message",
    [
        "What was the biggest contribution to the army of Tabuk?",
        "Who was the greatest donor at Tabuk?",
    ],
)
def test_the_biggest_gift_is_not_answered_with_all_gifts(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
