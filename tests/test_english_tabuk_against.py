"""«Tabuk» named as what was «against» someone is the expedition, not the place
(knowledge/english_phrases.py PHRASES): read as «The expedition of Tabuk was against ...»."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Tabuk was against the Romans, true?", texts.EN_TRUE),
        ("True or false: Tabuk was against the Persians", texts.EN_FALSE),
        ("The expedition of Tabuk was against the Romans, true?", texts.EN_TRUE),
    ],
)
def test_tabuk_against_a_people_is_settled_by_the_enemy(english_engine, message, verdict) -> None:
    assert answered_facts(english_engine, message) == ["enemy"]
    text = render_english(english_engine.answer(message), english_engine).plain
    assert text.startswith(verdict), text


@pytest.mark.parametrize("message", ["Was Tabuk against the Romans?", "Was Tabuk against Persia?"])
def test_asking_who_tabuk_was_against_gets_the_enemy(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["enemy"]
    assert "Romans" in render_english(english_engine.answer(message), english_engine).plain
