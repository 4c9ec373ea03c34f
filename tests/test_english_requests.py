"""Requests stated rather than asked («I need the name of …»), and headings written in marks
or with «gaps» (knowledge/english_requests.py, english_verdict_lists.MARK_PAIR, forms)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_requests import requested
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "Good evening, I teach Islamiyat. For tomorrow's class I need the name of the "
            "ruler of Dumat al-Jandal.",
            ["ukaydir"],
        ),
        (
            "I run a weekend school. For a lesson plan I need a simple account of what the "
            "Romans did to get ready before Tabuk. Thanks!",
            ["roman_mobilisation"],
        ),
        # a plea for the facts asks nothing of its own
        (
            "I'm giving a talk and I need the facts right. How many men went to Tabuk?",
            ["army_size"],
        ),
    ],
)
def test_a_stated_request_is_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
    english = english_engine.matcher.english(facts[-1])
    assert english is not None
    assert english.answer in render_english(english_engine.answer(message), english_engine).plain


def test_a_request_for_an_unstated_amount_is_not_answered(english_engine) -> None:
    message = "For my project I need the exact amount that Abdur Rahman ibn Auf gave. Anyone know?"
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("piece", "question"),
    [
        ("For the test I need the name of the chief", "what is the name of the chief?"),
        ("I need a clear statement of what the Romans did.", "what the Romans did?"),
        ("I need an answer please", None),
        ("I need help", None),
    ],
)
def test_what_a_request_asks(piece, question) -> None:
    assert requested(piece) == question


def test_a_heading_of_gaps_is_no_blank_of_its_own(english_engine) -> None:
    message = (
        "Fill in the gaps:\n1. Tabuk took place in the month of ______.\n"
        "2. The ruler of Dumat al-Jandal was called ______."
    )
    assert answered_facts(english_engine, message) == ["date", "ukaydir"]


def test_a_verdict_heading_written_in_marks(english_engine) -> None:
    message = (
        "Put ✓ or ✗\n• Tabuk was the first expedition of the Prophet.\n"
        "• Khalid was sent to Dumat al-Jandal."
    )
    reply = english_engine.answer(message)
    assert [part.verdict for part in reply.parts] == [False, True]
    assert [part.decision.fact.id for part in reply.parts if part.decision.fact] == [
        "last_expedition",
        "dumat_aljandal",
    ]


def test_a_papers_instruction_is_no_question(english_engine) -> None:
    message = (
        "WAEC IRS Paper 2\nAnswer any three questions\n\n"
        "5. What do you know about the ruler of Dumat al-Jandal? (4 marks)"
    )
    assert answered_facts(english_engine, message) == ["ukaydir"]
