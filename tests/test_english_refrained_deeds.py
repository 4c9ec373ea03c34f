"""«held back from attacking», «refrained from pursuing»: a deed not done (en69,
knowledge/english_normalize.py `_REFRAINED`). «held back» was read as staying behind and the
attack it denies as claimed: «The Prophet held back from attacking the Romans» was «False».
Going out held back from is still staying behind. As the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        (
            "True or false: The Prophet ﷺ held back from attacking the Romans, avoiding "
            "bloodshed.",
            "no_battle",
        ),
        ("True or false: the Prophet refrained from pursuing the Romans.", "no_battle"),
        # staying behind, as before
        ("True or false: the hypocrites held back from going out with the army.", "hypocrites"),
    ],
)
def test_a_deed_held_back_from_is_not_claimed(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        texts.EN_TRUE
    )


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("He held back from attacking them", "he did not attacking them"),
        ("they held back from Tabuk", "they held back from tabuk"),
        ("they held back from going out", "they held back from going out"),
    ],
)
def test_only_a_deed_in_ing_is_read_as_not_done(text, normalised) -> None:
    assert normalize_english(text) == normalised
