"""Exam wording read as what it asks (issue 17): a noun of a deed the facts tell as a verb
(«the treatment of Ukaidar»),
joining phrases («in relation to», «in terms of»), labels and frames that ask nothing
(«Riddle:», «the steps he took», «remembered»), and «morale», which is no moral lesson."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        ("Describe the treatment of Ukaidar by the Prophet (pbuh). [3]", "ukaydir", "spared"),
        (
            "Explain how the mistreatment of the Prophet's envoy led to Tabuk.",
            "envoy_assault",
            "envoy",
        ),
        (
            "Explain how the hypocrites tried to weaken the morale of the Muslims before"
            " Tabuk. [4]",
            "hypocrites",
            "stayed behind",
        ),
        (
            "I have my Islamiyat paper tomorrow and I still don't get one thing. Why did they"
            " call the army of Tabuk the army of difficulty?",
            "army_name",
            "Army of Hardship",
        ),
        # «intentions» ask why, as «purpose» does; «in terms of» only joins.
        (
            "What were the intentions of the Prophet in going to Tabuk?",
            "reasons",
            "In English:",
        ),
        ("Describe Tabuk in terms of its results. [4]", "outcome", "In English:"),
        (
            "Riddle: I gave all that I owned for the army of hardship. Who am I?",
            "abu_bakr_donation",
            "Abu Bakr",
        ),
    ],
)
def test_exam_wording_is_answered(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # A moral lesson is still what the text does not state.
        "What moral lessons can we learn from Tabuk?",
        "What are the morals of the expedition of Tabuk? [4]",
    ],
)
def test_lessons_stay_unanswered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
