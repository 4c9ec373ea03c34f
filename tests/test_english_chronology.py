"""Chronology askers (en52): «Which came first, Mu'tah or Tabuk?», «which happened first …»
ask what came before, as «Was Mu'tah before Tabuk?» does; another event asked so is refused."""

import pytest

from knowledge.english import EnglishOutcome
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Which came first: Tabuk or Mu'tah?", "mutah"),
        ("what happened first, the battle of mutah or the tabuk expedition", "mutah"),
        ("Which occurred first, the envoy being attacked or the march to Tabuk?", "envoy_assault"),
    ],
)
def test_which_came_first_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_which_came_first_of_another_event_is_refused(english_engine) -> None:
    reply = english_engine.answer("Which came first, Uhud or Tabuk?")
    assert reply.parts[0].decision.outcome is EnglishOutcome.OTHER_EVENT
