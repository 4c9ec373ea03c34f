"""A bare «why (not)?» after a yes/no question answered asks the reason that answer gives, when
it gives one and leads the follow-up's ranking (en68, knowledge/english_bare_why.py); after a
yes/no answer that gives no reason it stays asked back. Read as the user sees the reply."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "Did the Muslims and Romans fight at Tabuk? If not, why not?",
            ["no_battle", "no_battle"],
        ),
        (
            "Did the Prophet attack the Romans after they withdrew? Why not?",
            ["no_battle", "no_battle"],
        ),
    ],
)
def test_bare_why_after_a_yes_no_is_the_reason_told(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_an_answer_without_a_reason_leaves_why_asked_back(english_engine: EnglishEngine) -> None:
    message = "Was Tabuk the last expedition? why?"
    assert answered_facts(english_engine, message) == ["last_expedition", None]
