"""A first-person riddle quoted whole after a short lead (en56): «Riddle card 🃏 'I was spared
by the Prophet … Who am I?'» is the riddle's question, not a bare «Who am I?»."""

import pytest

from knowledge.english_riddles import riddle_question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("Riddle card 🃏 'I gave half my wealth for the army. Who am I?'",
         "Who gave half his wealth for the army?"),
        ('My teacher\'s riddle: "I ruled Dumat al-Jandal. Who am I?"',
         "Who ruled Dumat al-Jandal?"),
    ],
)  # fmt: skip
def test_a_quoted_riddle_is_read(message, question) -> None:
    assert riddle_question(message) == question


def test_a_quotation_that_asks_no_riddle_is_none() -> None:
    assert riddle_question("My friend said 'Tabuk was in 9 AH'. Is that right?") is None
