"""Stories before a question (en63): dots typed onto a word before a question trail off, no
blank («… something... what happened to him?» was a sentence to complete); «he», «him» in a
question point into the clause before it, which stays its story; «I remember the lecturer
saying …» reports a claim; «the Islamic account says», «mark scheme» ask nothing of their own."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form, split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "form"),
    [
        ("the narrator mentioned a chief from some place 'Dumat' something... what happened "
         "to him?", Form.QUESTION),
        ("The sheikh mentioned a chief... who was he?", Form.QUESTION),
        # Dots and then a question without its question word: still the blank it may be.
        ("Uthman gave... camels?", Form.FILL),
        # A blank stays a blank: spaced dots, dots closing the sentence, dots with no question.
        ("Uthman gave ... camels", Form.FILL),
        ("The army of Tabuk was called......", Form.FILL),
        ("Tabuk took place in the month of...", Form.FILL),
    ],
)  # fmt: skip
def test_dots_before_a_question_trail_off(message: str, form: Form) -> None:
    assert split_message(message).parts[0].form is form


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Listening to a seerah audiobook, the narrator mentioned a chief called Ukaidar or "
         "Ukhaydir from some place 'Dumat' something... what happened to him in the end?",
         ["ukaydir"]),
        ("the narrator mentioned a chief called Ukaydir, what happened to him in the end?",
         ["ukaydir"]),
        # A bare command before the question names no one; nor is a number the story tells
        # of the asker what «how many … did he give» counts.
        ("Explain what the Prophet did once he reached Tabuk and found that the enemy had "
         "pulled back. [4]", ["stationing"]),
        ("hi im 10 and my mum told me a story about uthman giving loads of camels. how many "
         "camels did he give", ["uthman_donation"]),
        ("I'm Catholic and have only ever read Byzantine history from the Roman side. What "
         "does the Islamic account say Heraclius did to get his troops ready for this "
         "campaign?", ["heraclius"]),
        ("What does the account say about the hypocrites?", ["hypocrites"]),
        ("abdul rahman bin auf contribution tabuk mark scheme", ["abdulrahman_donation"]),
    ],
)  # fmt: skip
def test_story_pointers(english_engine: EnglishEngine, message: str, facts: list[str]) -> None:
    assert answered_facts(english_engine, message) == facts


def test_a_claim_remembered_as_said_is_checked(english_engine: EnglishEngine) -> None:
    message = (
        "I remember the lecturer saying the expedition happened in Ramadan of year 8. "
        "Is that right?"
    )
    (part,) = english_engine.answer(message).parts
    assert part.answered and part.decision.fact is not None
    assert (part.decision.fact.id, part.verdict) == ("date", False)
