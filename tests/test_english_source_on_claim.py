"""English: «How many does your source say?», «When does the text say it was?» after a story
reporting a claim ask what the bot's text says of that claim: the claim is read with the kind
the question word asks, and the fact answers as a question (no verdict). A bare «What does your
source say?» after an answered part stays the asker's guess (knowledge/english_pointers)."""

import pytest

from knowledge.english_cues import reported_claim
from knowledge.english_forms import Form
from knowledge.english_pointers import asks_source_on_claim
from knowledge.lexicon import QuestionType


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Our revision guide says the army at Tabuk was 30,000 strong but my tutor disagrees. "
            "How many does your source say?",
            "army_size",
        ),
        ("My uncle says Tabuk happened in Ramadan. When does your source say it was?", "date"),
    ],
)
def test_the_text_is_asked_about_the_story_claim(english_engine, message, expected) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == expected
    assert part.part.form is Form.QUESTION and part.verdict is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How many does your source say?", QuestionType.NUMBER),
        ("so when does the book say it was?", QuestionType.TIME),
        ("What does your source say?", QuestionType.NONE),
        ("How many men went to Tabuk?", None),
        ("What does the source say about Uthman?", None),
    ],
)
def test_which_parts_ask_the_source(text, kind) -> None:
    assert asks_source_on_claim(text) is kind


@pytest.mark.parametrize(
    ("preamble", "claim"),
    [
        ("My cousin says 30,000 went to Tabuk.", "30,000 men went to Tabuk."),
        (
            "Our imam said only 10,000 marched with the Prophet.",
            "10,000 men marched with the Prophet.",
        ),
        ("My friend says Khalid went to Dumat al-Jandal.", "Khalid went to Dumat al-Jandal."),
    ],
)
def test_a_number_doing_the_going_is_a_count_of_men(preamble, claim) -> None:
    assert reported_claim(preamble) == claim


def test_which_is_right_judges_the_reported_count(english_engine) -> None:
    message = "My uncle says 20,000 went to Tabuk but my book says more. Which is right?"
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "army_size" and part.verdict is False
