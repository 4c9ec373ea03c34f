"""Exam phrases that only frame what is asked (knowledge/english_frames.py), and a name in a
clause that only describes what is asked (knowledge/english_entry.explains): the fact that
tells the rest is answered, as the user sees it."""

import pytest

from bot.english_replies import render_english
from knowledge.english_frames import without_frames
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Describe the role of Heraclius in the events leading to Tabuk. [4]", "heraclius"),
        (
            "Write a short note on the role of Heraclius in the events leading up to Tabuk. [3]",
            "heraclius",
        ),
        (
            "Explain the incident involving the Prophet's ambassador that angered the Muslims "
            "before Tabuk. [4]",
            "envoy_assault",
        ),
        (
            "Mention the month in which the Prophet announced the campaign against the Romans.",
            "date",
        ),
        # The events that led to Tabuk, asked alone, are its causes.
        ("Describe the events that led to the expedition of Tabuk.", "reasons"),
    ],
)
def test_a_framed_question_is_answered_by_what_it_asks(english_engine, message, fact_id) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
    english = english_engine.matcher.english(fact_id)
    assert english.answer in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # A frame does not make a detail the text does not tell answerable.
        "Describe the incident of Masjid al-Dirar. [4]",
        "Describe the incident involving Abu Dharr on the way to Tabuk.",
    ],
)
def test_a_framed_untold_detail_is_not_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]


def test_frames_are_taken_out_only_as_whole_runs() -> None:
    words = "the role of heraclius in the events leading up to tabuk".split()
    assert without_frames(words) == "the role of heraclius tabuk".split()
    assert without_frames("the events that led to tabuk".split()) == (
        "the events that led to tabuk".split()
    )
