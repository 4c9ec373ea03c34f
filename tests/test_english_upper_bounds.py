"""A count given as an upper bound («fewer than 30,000», «less than 10,000», en69): it was asked
back («fewer», «less» known to no fact); read as a claim about the number, it is settled by the
army's size, false at or under the answer's lower bound («more than forty thousand»), and not
settled above it (knowledge/english_phrases.py, english_counts.under_bound). As the user sees
the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "true or false - the Muslims at Tabuk were fewer than 30,000",
        "is it true the army at tabuk was less than 10,000?",
        # at the bound itself: «more than 40,000» refutes it
        "T/F: The army that went to Tabuk had fewer than 40,000 fighters.",
    ],
)
def test_a_count_under_the_texts_lower_bound_is_false(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["army_size"]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        texts.EN_FALSE
    )


@pytest.mark.parametrize(
    "message",
    [
        # above the bound: the text allows it and does not say it
        "True or false: the Muslim army at Tabuk had fewer than 100,000 men.",
    ],
)
def test_a_count_above_the_bound_is_not_settled(english_engine, message) -> None:
    assert all(part.verdict is None for part in english_engine.answer(message).parts)


def test_a_lower_bound_under_the_texts_is_still_true(english_engine) -> None:
    message = "True or false: the Muslim army at Tabuk was more than 30,000 strong."
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        texts.EN_TRUE
    )
