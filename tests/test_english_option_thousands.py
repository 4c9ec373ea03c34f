"""Options listed with commas or slashes whose figures are written with a thousands separator
(en72): «3,000 / 10,000 / 30,000 / more than 40,000» is four options, not eight pieces of
figures that supported none of them (a wrong «none of the options»)
(knowledge/english_option_lists.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "The Muslim army at Tabuk numbered about: 3,000 / 10,000 / 30,000 / more than 40,000",
            "(4) more than 40,000",
        ),
        ("How many camels did Uthman give: 300, 950, 1,000 or 700?", "(2) 950"),
    ],
)
def test_figures_with_thousands_are_one_option(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.CHOICE
    assert len(reply.parts[0].part.options) == 4
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


def test_commas_between_options_still_separate(english_engine) -> None:
    """A comma with a space before a figure of three digits still separates options."""
    message = "How many camels did Uthman give: 300, 950, 100 or 700?"
    reply = english_engine.answer(message)
    assert reply.parts[0].part.options == ("300", "950", "100", "700")
    assert "Answer: (2) 950\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # a pipe or a semicolon separates listed options as a slash does (en72)
        (
            "Choose one → Who led the army to Tabuk? Abu Bakr | Umar | the Prophet | Khalid",
            "(3) the Prophet",
        ),
        (
            "How many fighters were in the Muslim army? Options: 3,000; 10,000; 30,000; "
            "over 40,000",
            "(4) over 40,000",
        ),
    ],
)
def test_pipes_and_semicolons_separate_options(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.CHOICE
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


def test_semicolons_between_statements_stay_statements(english_engine) -> None:
    message = "True or false: Abu Bakr gave all; Umar gave half; Uthman gave 950 camels."
    reply = english_engine.answer(message)
    assert [(p.fact.id if p.fact else None, p.verdict) for p in reply.parts] == [
        ("abu_bakr_donation", True),
        ("umar_donation", True),
        ("uthman_donation", True),
    ]
