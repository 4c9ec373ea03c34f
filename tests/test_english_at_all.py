"""«at all» is emphasis, not «all» (en68, knowledge/english_phrases.py): «Was there any
fighting at all?» was asked back between no battle, Abu Bakr's «all his wealth» and the general
call; a statement with «not … at all» keeps its negation. Read as the user sees the reply."""

from __future__ import annotations

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts, judged


def test_at_all_is_emphasis(english_engine: EnglishEngine) -> None:
    message = (
        "A documentary I watched showed Tabuk as a huge battle with thousands dead. "
        "Was there any fighting at all?"
    )
    assert answered_facts(english_engine, message) == ["no_battle"]


def test_a_denial_with_at_all_stays_a_denial(english_engine: EnglishEngine) -> None:
    message = "True or false: the Arabs were not afraid of the Romans at all."
    assert judged(english_engine, message) == ("arab_fear", False)
