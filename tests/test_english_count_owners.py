"""English true/false verdicts (issue 17): a count an answer gives of one person's gift does
not settle a count of the whole army, nor the other way round (knowledge/english_counts.py)."""

import pytest

from bot import texts
from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # The army's camels are never counted; Uthman's gift of 950 is not their count.
        ("True or false: the army had about 40,000 camels", texts.EN_UNSETTLED),
        # Uthman's own count still settles a statement about Uthman's gift.
        ("True or False: Uthman gave 1,000 camels.", texts.EN_FALSE),
        ("True or False: Uthman gave 950 camels and 50 horses.", texts.EN_TRUE),
        # The army's own count settles a statement about the army.
        ("True or False: The Muslim army at Tabuk had 30,000 soldiers.", texts.EN_FALSE),
    ],
)
def test_a_count_is_settled_only_by_its_owners_count(english_engine, message, verdict) -> None:
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    "message",
    [
        "True or False: The Muslim army had 950 camels.",
        "T/F: the soldiers brought 950 camels to Tabuk",
    ],
)
def test_a_gifts_count_never_settles_the_armys(english_engine, message) -> None:
    text = render_english(english_engine.answer(message), english_engine).plain
    assert not text.startswith((texts.EN_TRUE, texts.EN_FALSE)), text
