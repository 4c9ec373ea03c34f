"""A question asking for a number of names is answered only by a fact naming that many of the
kind asked (issue 17: never answer a detail the text does not state;
knowledge/english_listed_names.py)."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        # The text says the three commanders fell at Mu'tah, not who they were.
        "Name the three Muslim commanders who were martyred at Mu'tah. [3]",
        # It says Arab delegations came after Tabuk, naming none of their tribes.
        "Name two tribes whose delegations came after Tabuk.",
        "(b) List three leaders who fell at Mu'tah before Tabuk. [3]",
    ],
)
def test_names_the_text_lacks_are_asked_back(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
    assert "Did you mean" in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        ("Name two tribes that were allied with the Romans.", "roman_allies", "Lakhm and Ghassan"),
        ("Name three companions who gave their wealth for Tabuk.", "donations", "Abu Bakr"),
        (
            "Name the two places whose people made treaties with the Prophet at Tabuk.",
            "treaties",
            "Tabuk and Ayla",
        ),
        ("Which two peoples made treaties with the Prophet at Tabuk?", "treaties", "Ayla"),
    ],
)
def test_names_the_text_gives_are_answered(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain
