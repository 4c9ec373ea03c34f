"""A quiz's numbering before the question (en56): «R2Q7:», «Question 8 of round 5:», «Round 4
Question 1 - …», «Pub quiz round 1, Q6 — …» say where the item stands in the quiz, never what
is asked; a dash ends such a label only when it numbers («Quick question - …» keeps its
words)."""

import pytest

from knowledge.english_labels import without_exercise_labels
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("R2Q7: Was Tabuk the Prophet's final expedition?", ["last_expedition"]),
        ("Question 8 of round 5: the army of Tabuk was called what?", ["army_name"]),
        ("Round 4 Question 1 - who was the ruler of Dumat al-Jandal?", ["ukaydir"]),
        ("Quiz night round 3, q2 — how much did Umar give?", ["umar_donation"]),
        ("Round 1 #3: what nickname was the army given?", ["army_name"]),
        # The label is furniture: what the text does not state stays unstated.
        ("R1Q4: how many Romans were killed at Tabuk?", [None]),
    ],
)
def test_quiz_numbering_is_set_aside(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "line",
    [
        "Quick question - who led the army?",
        "tabuk: when? against whom?",
        "Rajab 9 AH - was that the month?",
        "Umar - what did he give?",
    ],
)
def test_other_openings_keep_their_words(line) -> None:
    assert without_exercise_labels(line) == line
