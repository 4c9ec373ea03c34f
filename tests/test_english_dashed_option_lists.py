"""Options listed after a dash that close the question (en72): «Who ruled the Romans at the
time of Tabuk — Khosrau, Heraclius, the Negus or Muqawqis?» is a choice among them, as after a
colon; read as one question, its options were unknown words and it was asked back
(knowledge/english_option_lists.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form
from knowledge.english_option_lists import separated_options


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "Who ruled the Romans at the time of Tabuk — Khosrau, Heraclius, the Negus or "
            "Muqawqis?",
            "(2) Heraclius",
        ),
        ("What did Dumat al-Jandal agree to pay — zakat, jizya, or a ransom?", "(2) jizya"),
        (
            "In which month did the army set out – Ramadan, Rajab, Shawwal or Muharram?",
            "(2) Rajab",
        ),
    ],
)
def test_options_after_a_dash_are_chosen_among(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.CHOICE
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "text",
    [
        # no question closes the list: a note, not options
        "Tabuk — Rajab, 9 AH, against the Romans",
        # questions listed after the dash
        "Tabuk – when did it happen, who went, and why?",
        # a dash inside a word
        "Who ruled the Romans at the time of Tabuk-Khosrau, Heraclius, or the Negus?",
    ],
)
def test_other_dashes_start_no_options(text) -> None:
    assert separated_options(text) is None
