"""Crossword and quiz-night clues (knowledge/english_crossword.py): the label and the length
(«(6)», «7 letters: G _ _ _ _ _ N», «: al-____») are set aside and the clue is asked as a
question; a clue about another event, or a detail the text does not give, stays unanswered,
and an exam question's marks «(6)» are not read as a clue's length."""

import pytest

from knowledge.english_crossword import clue_question
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Crossword clue: ___ ibn Affan, gave 950 camels for the Tabuk army (6)",
            "uthman_donation",
        ),
        ("Arab tribe fighting on Byzantium's side, 7 letters: G _ _ _ _ _ N", "roman_allies"),
        (
            "Clue: region where the Romans gathered their armies before the Tabuk expedition:"
            " al-____ (4)",
            "roman_mobilisation",
        ),
        ("Crossword clue: emperor who paid his soldiers a year in advance (9)", "heraclius"),
        ("Clue: tax that Dumat al-Jandal agreed to pay (5)", "jizya"),
        ("Clue: ____ ibn al-Khattab, gave half his wealth (4)", "umar_donation"),
        # Two words' lengths: no letter of the Prophet's is asked (a known gap).
        (
            "Quiz clue: companion who gave all his wealth, 3 letters + 4 letters",
            "abu_bakr_donation",
        ),
    ],
)
def test_a_clue_is_answered_by_the_fact_it_describes(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # Another event (Badr), a detail the text does not give, today's Tabuk.
        "crossword help pls — 'Prophet's first big battle, 313 men' (4)",
        "Clue - Companion who stayed behind in Madinah as the Prophet's deputy (3)",
        "Ottoman sultan who built the Tabuk fort, 8 letters",
    ],
)
def test_a_clue_the_text_does_not_answer_stays_unanswered(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Clue: region where the Romans gathered: al-____ (4)",
            "Which region where the Romans gathered?",
        ),
        # The relative that is its verb's subject is the one asked: «Which emperor paid …?».
        ("trivia clue: 'Emperor who paid his troops' (9)", "Which Emperor paid his troops?"),
        # A name of two words is given a length for each.
        (
            "Quiz clue: companion who gave all his wealth, 3 letters + 4 letters",
            "Which companion gave all his wealth?",
        ),
        # Marks after an exam question, a question mark, several lines: no clue.
        ("Describe the contributions of Abu Bakr and Umar (6)", None),
        ("Clue: who led the army? (4)", None),
        ("Clue: the tribe\nof Ghassan (7)", None),
    ],
)
def test_what_a_clue_asks(message: str, question: str | None) -> None:
    assert clue_question(message) == question
