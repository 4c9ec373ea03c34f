"""A quiz app's counter or timer line above a stem whose options are pasted as bare lines
(en72): «Q7/15 ⏰ 20s\\nWho was the emperor …?\\nKhosrau\\nHeraclius\\n…» is a choice among
the lines, as it is without the counter; the question was answered without choosing
(knowledge/english_bare_options.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_bare_options import bare_options
from knowledge.english_forms import Form


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "Q7/15 ⏰ 20s\nWho was the emperor of the Romans at the time of Tabuk?\nKhosrau"
            "\nHeraclius\nNegus\nMuqawqis",
            "(2) Heraclius",
        ),
        (
            "Question 4/10   ⏱ 0:12\nWhat name was given to the army that marched to Tabuk?"
            "\nArmy of Victory\nArmy of Hardship\nArmy of the Trench\nArmy of the Emigrants",
            "(2) Army of Hardship",
        ),
        # and the score under the tiles, with its sign (knowledge/english_quiz_cards.py)
        (
            "Question 2 of 8\nIn which month did Tabuk take place?\nRamadan\nRajab\nShawwal"
            "\nMuharram\n+5 pts",
            "(2) Rajab",
        ),
    ],
)
def test_counter_line_over_bare_options(english_engine, message, answer) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.CHOICE
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "text",
    [
        # A line of words above the stem is the asker's, not a counter: not read as options.
        "Quiz for my class 4\nWho was the emperor of the Romans?\nKhosrau\nHeraclius\nNegus",
        # Only a counter and no stem: nothing asks.
        "Question 4/10\nKhosrau\nHeraclius\nNegus\nMuqawqis",
    ],
)
def test_other_lines_above_are_not_counters(text) -> None:
    assert bare_options(text) is None
