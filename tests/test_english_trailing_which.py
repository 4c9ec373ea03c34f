"""English learners' word order: «in which season?», «in which year?» left at the end is read
first, as «when?» is (knowledge/english_word_order.question_word_first); read as a relative
clause, its noun («season») was excepted from what the answer must explain and the Prophet's
stay at Tabuk was answered."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("the prophet went to tabuk in which season?", [None]),
        ("tabuk happened in which year?", ["date"]),
        ("The expedition took place in which month?", ["date"]),
        ("Name the month in which Tabuk took place?", ["date"]),
    ],
)
def test_a_trailing_which_asks_its_noun(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
