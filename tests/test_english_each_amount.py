"""«How much did each of them give?» asks one amount per giver, which the list of gifts tells,
not one number (en68, knowledge/english_question_type.py); «how much did Abu Bakr give» still
asks his own gift. Read as the user sees the reply: the facts answered."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "Which Companions gave their wealth to equip the army? "
            "How much did each of them give?",
            ["donations", "donations"],
        ),
        ("How much did each companion give for Tabuk?", ["donations"]),
        ("how much did abu bakr give", ["abu_bakr_donation"]),
        ("How many soldiers went to Tabuk?", ["army_size"]),
    ],
)
def test_how_much_each_asks_each_gift(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts
