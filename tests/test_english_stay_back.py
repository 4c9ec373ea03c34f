"""«stay back», «stayed home» read as staying behind from the expedition (issue 17, en24)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "why did the munafiqun stay back when the army went to tabuk",
        "Why did the hypocrites stay at home at the time of the Tabuk expedition?",
    ],
)
def test_staying_back_is_the_hypocrites_staying_behind(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == ["hypocrites"]
    assert "hypocrites" in render_english(english_engine.answer(message), english_engine).plain


def test_how_many_stayed_back_is_not_stated(english_engine: EnglishEngine) -> None:
    assert answered_facts(english_engine, "how many of the hypocrites stayed home from tabuk") == [
        None
    ]
