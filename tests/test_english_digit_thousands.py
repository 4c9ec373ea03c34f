"""A figure in digits with its scale in words (en62): «more than 40 thousand soldiers» is
40,000; «40» against the answer's «40000» was another count, and the true statement «False».
Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("T/F: the army of Tabuk had more than 40 thousand soldiers", texts.EN_TRUE),
        ("T/F: the army of Tabuk had 30 thousand soldiers", texts.EN_FALSE),
    ],
)
def test_digits_with_thousand_are_the_count(english_engine, message, verdict) -> None:
    assert answered_facts(english_engine, message) == ["army_size"]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 40 thousand", "more than 40000"),
        ("950 camels and 50 horses", "950 camels and 50 horses"),
        ("forty thousand", "40000"),
    ],
)
def test_normalised_thousands(text, expected) -> None:
    assert normalize_english(text) == expected
