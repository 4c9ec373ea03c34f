"""A statement that someone died is false when the answer tells the deaths without him and
then tells him acting (knowledge/english_outlived.py): «Khalid was killed at Mu'tah»."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("True or false: Khalid bin al-Walid was slain in the Battle of Mu'tah.", "False."),
        ("T/F: At Mu'tah, Khalid ibn Walid was martyred with the other commanders.", "False."),
        # Told of the dead, without a name: as before, true.
        ("True or false: the three commanders were killed at Mu'tah.", "True."),
        # What he did after the deaths: as before, true.
        ("True or false: Khalid saved the army at Mu'tah.", "True."),
    ],
)
def test_one_who_acts_after_the_deaths_was_not_among_the_dead(
    english_engine, message, verdict
) -> None:
    reply = render_english(english_engine.answer(message), english_engine).plain
    assert verdict in reply.split("\n")[:2]
