"""English verdicts: a number followed by «at», «in», «to» … counts nothing after it
(knowledge/english_choice.counted): «the Muslims were more than 40,000 at Tabuk» is the army's
count, not a count of Tabuk, so it agrees with «more than forty thousand fighters»."""

import pytest

from bot import texts
from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("Is it true that the Muslims were more than 40,000 at Tabuk?", texts.EN_TRUE),
        ("The Muslims were more than 40,000 at Tabuk. True or false?", texts.EN_TRUE),
        ("True or false: the Muslims numbered over forty thousand in Tabuk.", texts.EN_TRUE),
        # Another figure, placed the same way, is still false.
        ("True or false: The Muslims were 30,000 at Tabuk.", texts.EN_FALSE),
        # A count of another thing than the answer counts stays false.
        ("True or false: Uthman gave 950 horses.", texts.EN_FALSE),
    ],
)
def test_a_place_after_a_number_is_not_what_it_counts(english_engine, message, verdict) -> None:
    text = render_english(english_engine.answer(message), english_engine).plain
    assert text.startswith(verdict), text
