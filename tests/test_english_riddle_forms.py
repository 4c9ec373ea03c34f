"""Riddle forms (knowledge/english_riddles.py): a riddle asked first whose description names
what «I» am without «I» («What am I? The tax Dumat al-Jandal agreed to pay …»), and one that
ends «Name me.» after saying what «I» was («I was a town …»), are read as whole riddles, not
as a bare «What am I?» or «Name me.» read with the story around it. A ruler asked by his
people or place is answered only by a fact naming them (knowledge/english_rulers.py)."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("What am I? The tax Dumat al-Jandal agreed to pay to Khalid.", ["jizya"]),
        ("Who am I? The companion who gave all his wealth for Tabuk.", ["abu_bakr_donation"]),
        ("I gave 950 camels for the army of hardship. Name me.", ["uthman_donation"]),
    ],
)
def test_a_riddle_is_read_whole(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        # Asked back between the treaties and the camp, never «Name me.» read alone.
        "I was a town on the coast that made a treaty with the Prophet while he camped at"
        " Tabuk. Name me.",
    ],
)
def test_a_riddle_of_what_i_was_is_not_read_in_pieces(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
