"""«Which battle saw …?»: a question asking which battle a description tells is read as the
riddle it is; details only Mu'tah's fact tells name Mu'tah (knowledge/english_battle_asked.py)."""

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "which battle saw three Muslim commanders killed one after another before Khalid "
        "rescued the rest of the army?",
        "Quick one: what battle had Khalid save the Muslim army after the three commanders "
        "fell against the Byzantines",
        "In which battle were Zayd, Ja'far and Ibn Rawaha martyred against the Romans?",
    ],
)
def test_a_battle_described_by_mutahs_details_is_mutah(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == ["mutah"]


@pytest.mark.parametrize(
    "message",
    [
        # Tabuk's own story is for its own facts, not named as a riddle.
        "Which battle did the hypocrites refuse to join?",
        # Another event's details name no fact.
        "Which battle saw the Muslims dig a trench around Madinah?",
        # Mu'tah's commanders asked by name are a detail the text does not state.
        "Who were the three commanders killed at Mu'tah?",
    ],
)
def test_other_which_battle_questions_are_not_mutah(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) != ["mutah"]
