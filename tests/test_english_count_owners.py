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


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # A bare count of the army or the Muslims is judged by the army's size, with the fact.
        ("True or false: The muslim army was only 3000", texts.EN_FALSE),
        ("T/F: roughly 5,000 soldiers went to Tabuk", texts.EN_FALSE),
        ("Is it true that about 12,000 Muslims marched to Tabuk?", texts.EN_FALSE),
    ],
)
def test_a_bare_count_of_the_army_is_its_size(english_engine, message, verdict) -> None:
    text = render_english(english_engine.answer(message), english_engine).plain
    assert text.startswith(verdict), text
    assert "40,000" in text, text


@pytest.mark.parametrize(
    "message",
    [
        # A count of something the army had, or a date, is not the army's size.
        "True or false: the Muslims had 950 camels",
        "True or false: 30,000 Muslims marched in 9 AH",
    ],
)
def test_other_counts_are_not_the_armys_size(english_engine, message) -> None:
    assert "40,000" not in render_english(english_engine.answer(message), english_engine).plain
