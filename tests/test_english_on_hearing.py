"""What a side did on hearing, learning or seeing something is how it reacted to it
(english_phrases.PHRASES: «when they heard of …», «on hearing of …»; «approach» is coming)."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "What did the Romans do when they heard of the Muslim army's approach? [4]",
        "Describe what the Romans did when they heard that the Muslim army was advancing. [4]",
        "Briefly state what the Byzantine army did when it learnt that the Muslim army was "
        "marching towards it. [4]",
        "Question 2 (c) What was the reaction of the Romans on hearing of the Muslim army? "
        "(3 marks)",
        "Our ustadh was explaining Tabuk yesterday. He said the Romans were shocked. What did "
        "the Romans do when they heard the Muslims had come?",
    ],
)
def test_what_the_romans_did_on_hearing_of_the_army(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["roman_surprise"]
    english = english_engine.matcher.english("roman_surprise")
    assert english is not None
    assert english.answer in render_english(english_engine.answer(message), english_engine).plain


def test_what_the_prophet_did_on_hearing_is_not_the_romans_reaction(english_engine) -> None:
    message = (
        "(a) Why did the Byzantines gather an army on the borders of Arabia? [4]\n"
        "(b) What did the Prophet do when he heard of it? [3]"
    )
    facts = answered_facts(english_engine, message)
    assert facts[0] == "roman_mobilisation"
    assert "roman_surprise" not in facts


def test_how_the_muslims_reacted_to_the_call_is_not_the_call(english_engine) -> None:
    assert "mobilisation" not in answered_facts(
        english_engine, "What did the Muslims do when they heard the call to arms? [3]"
    )
