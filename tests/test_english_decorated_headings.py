"""A form's heading decorated with emoji («✨ Fill the blank ✨», «🌟 True or False 🌟») is a
heading: the emoji leave no words of a part of their own, and the line below it is the blank
or the statement (knowledge/english_forms.py). Each is shown as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        (
            "✨ Fill the blank ✨\nThe Romans brought with them the tribes of Lakhm and ______ 🐪",
            "roman_allies",
            "Ghassan",
        ),
        ("✅ Fill in the blank ✅\nTabuk took place in the month of _____", "date", "Rajab"),
    ],
)
def test_a_decorated_blank_heading_leaves_one_blank(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


def test_a_decorated_verdict_heading_leaves_one_statement(english_engine) -> None:
    message = "🌟 True or False 🌟\nUthman gave 950 camels."
    assert answered_facts(english_engine, message) == ["uthman_donation"]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_TRUE), plain
