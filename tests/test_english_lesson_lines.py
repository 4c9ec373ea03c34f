"""Worksheets and chat around a question (en63): a lesson plan's aim lines («Success criteria:
I can describe …», «Learning objective: …») ask nothing; «refused to go (out)» is staying
behind; an «arrangement» is a treaty; «Is that actually true?» tags the claim before it."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_furniture import without_lesson_aims
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("Success criteria: I can describe the sacrifices of the Companions.\nStarter question: "
         "Describe what Uthman gave.", "Starter question: Describe what Uthman gave."),
        ("Learning objective: to understand why the Romans withdrew.\nWhy did they withdraw?",
         "Why did they withdraw?"),
        # Nothing else left, or the line is itself a question: kept.
        ("Aim: who led the army of Tabuk?\nthanks", "Aim: who led the army of Tabuk?\nthanks"),
        ("Objective: the date of Tabuk", "Objective: the date of Tabuk"),
        # A bare «Objective:» may head an objective-type question: kept.
        ("Objective: The Prophet declared a general call to arms in ____\na) Rajab b) Ramadan",
         "Objective: The Prophet declared a general call to arms in ____\na) Rajab b) Ramadan"),
    ],
)  # fmt: skip
def test_lesson_aims_are_set_aside(message: str, left: str) -> None:
    assert without_lesson_aims(message) == left


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Success criteria: I can describe the sacrifices of the Companions.\nStarter question: "
         "Describe what Uthman ibn Affan gave to equip the army.", ["uthman_donation"]),
        ("Which verse was revealed about those who refused to go out for jihad in Tabuk",
         ["verse_38"]),
    ],
)  # fmt: skip
def test_read_past_the_lesson_and_chat(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    ("message", "claim", "fact_id", "verdict"),
    [
        ("My friend says Uthman gave 950 camels. Is that actually true?",
         "Uthman gave 950 camels.", "uthman_donation", True),
        ("Umar gave all his wealth, is that actually right?", "Umar gave all his wealth",
         "umar_donation", False),
    ],
)  # fmt: skip
def test_actually_true_tags_a_claim(
    english_engine: EnglishEngine, message: str, claim: str, fact_id: str, verdict: bool
) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.decision.fact is not None
    assert (part.part.text, part.decision.fact.id, part.verdict) == (claim, fact_id, verdict)
