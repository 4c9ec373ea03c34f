"""«What was it and why was it called that?» after a story is one question: a bare «What was
it» joined by «and» to an answered «why» about the same «it» (en68, knowledge/english_engine.py);
«What was it and when did it happen?» stays two. Read as the user sees the reply."""

from __future__ import annotations

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


def test_what_and_why_is_one_question(english_engine: EnglishEngine) -> None:
    message = (
        "Our imam told us the army that went to Tabuk had a special title. What was it and "
        "why was it called that?"
    )
    assert answered_facts(english_engine, message) == ["army_name"]


def test_what_and_when_stays_two(english_engine: EnglishEngine) -> None:
    message = "What was it and when did it happen?"
    assert len(english_engine.answer(message).parts) == 2
