"""«which one …» after a «who» answered asks another of those persons; its «he» is the one
asked for, not the person just answered (en68, knowledge/english_antecedent.py). Read as the
user sees the reply: the facts answered."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # was Uthman twice: «he» read as the giver of the camels
        (
            "Which companion gave 950 camels, plus which one gave everything he owned?",
            ["uthman_donation", "abu_bakr_donation"],
        ),
        (
            "Who gave 950 camels? And which one of them gave all his wealth?",
            ["uthman_donation", "abu_bakr_donation"],
        ),
    ],
)
def test_which_one_asks_another_person(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_he_after_a_who_is_still_the_person_answered(english_engine: EnglishEngine) -> None:
    message = "Who gave 950 camels? What else did he give?"
    assert answered_facts(english_engine, message) == ["uthman_donation", "uthman_donation"]
