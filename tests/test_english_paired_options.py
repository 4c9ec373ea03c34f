"""A choice between two after the colon or dash of a question asking which one (en72):
«Which of the following companions gave half of his wealth: Abu Bakr or Umar?» is a choice,
and the reply names the supported one; read as one question it was asked back
(knowledge/english_option_lists.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form
from knowledge.english_option_lists import separated_options


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "Which of the following companions gave half of his wealth: Abu Bakr or Umar?",
            "(2) Umar",
        ),
        ("Who led the army to Tabuk — Abu Bakr or the Prophet?", "(2) the Prophet"),
        (
            "What was the army called: the Army of Hardship or the Army of Victory?",
            "(1) the Army of Hardship",
        ),
    ],
)
def test_two_options_after_a_which_question(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.CHOICE
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "text",
    [
        # a guess after the question mark, not options
        "Who led Tabuk? Umar or Ali?",
        # no question asking which one
        "Tabuk was fought against: the Persians or the Romans?",
        # two items joined by a comma, not «or»
        "Who gave all his wealth: Umar, Uthman?",
        # no question closing it
        "Who gave half: Abu Bakr or Umar.",
    ],
)
def test_other_pairs_are_not_options(text) -> None:
    assert separated_options(text) is None
