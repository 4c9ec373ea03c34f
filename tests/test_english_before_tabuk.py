"""«What did the Romans do before Tabuk?»: the fact telling what happened before Tabuk answers
it (knowledge/english_before.py); a question of why or what for is not answered by it."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts, shipped_english_engine


@pytest.fixture(scope="module")
def engine() -> EnglishEngine:
    return shipped_english_engine()


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("What did the Romans do before Tabuk?", ["roman_mobilisation"]),
        ("what did the byzantines do before tabuk bro", ["roman_mobilisation"]),
        (
            "What did the Romans do before Tabuk, and what did they do once the Muslims arrived?",
            ["roman_mobilisation", "roman_surprise"],
        ),
        (
            "What did the Romans do before Tabuk, and why did they end up retreating?",
            ["roman_mobilisation", "roman_surprise"],
        ),
    ],
)
def test_what_the_romans_did_before_tabuk(engine, message, facts) -> None:
    assert answered_facts(engine, message) == facts
    english = engine.matcher.english("roman_mobilisation")
    assert english is not None
    assert english.answer in render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # an aim is not what happened
        "What did the Romans want to achieve by gathering their armies before Tabuk? [2]",
        "What were the Romans' intentions before Tabuk?",
    ],
)
def test_an_aim_before_tabuk_is_not_the_build_up(engine, message) -> None:
    assert "roman_mobilisation" not in answered_facts(engine, message)
