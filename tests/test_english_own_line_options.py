"""Options numbered on a line of their own under a stem with a blank («… the ______ ghazwa of
the Prophet.\\n1) first 2) fifth 3) last»), and a true/false heading asked as a question
(«Is this statement true: '…'?»), issue 17: the option is chosen and the statement settled,
not answered with the fact alone."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form, split_message


@pytest.mark.parametrize(
    ("message", "fact_id", "choice"),
    [
        (
            "Tabuk was the ______ expedition of the Prophet.\n1) second 2) first 3) last",
            "last_expedition",
            2,
        ),
        (
            "Uthman gave ____ camels for the army.\n1. 590  2. 950  3. 1000  4. 300",
            "uthman_donation",
            1,
        ),
    ],
)
def test_options_on_their_own_line_are_chosen(
    english_engine: EnglishEngine, message: str, fact_id: str, choice: int
) -> None:
    (part,) = split_message(message).parts
    assert part.form is Form.CHOICE
    reply = english_engine.answer(message)
    (answer,) = reply.parts
    assert answer.fact is not None and answer.fact.id == fact_id
    assert answer.choice == choice
    assert part.options[choice] in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        (
            "Is this statement true: 'Umar gave all of his wealth for Tabuk'?",
            "umar_donation",
            False,
        ),
        (
            "Is the following claim correct? Tabuk was the last expedition of the Prophet.",
            "last_expedition",
            True,
        ),
    ],
)
def test_a_statement_asked_whether_true_is_settled(
    english_engine: EnglishEngine, message: str, fact_id: str, verdict: bool
) -> None:
    (part,) = split_message(message).parts
    assert part.form is Form.TRUE_FALSE
    (answer,) = english_engine.answer(message).parts
    assert answer.fact is not None and answer.fact.id == fact_id
    assert answer.verdict is verdict
