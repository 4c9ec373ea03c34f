"""Exam commands frame the question; the subject after them decides it (issue 17, en34).

«Assess how far …», «Evaluate how far …» weigh an extent, as «to what extent» does: «how
far» after such a command asks no distance, so the distance fact is no rival to the subject
it weighs; a distance asked with a verb of going or «from» is still a distance.
«Evaluate the significance of X», «Assess the importance of X»: X is what is weighed, and X's
own fact answers; the expedition itself weighed is its outcome."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        (
            "Assess how far the attack on the Prophet's envoy led to the expedition of Tabuk. [4]",
            "envoy_assault",
            "envoy",
        ),
        (
            "Evaluate how far the Roman build-up caused the expedition of Tabuk. [6]",
            "roman_mobilisation",
            "mercenary",
        ),
    ],
)
def test_extent_command_is_no_distance(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        "Explain how far the army marched to reach Tabuk.",
        "Discuss how far the army marched to reach the Romans.",
    ],
)
def test_distance_after_a_command_stays_a_distance(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["distance"]


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        # «the significance/importance of X»: X is weighed, and X's own fact tells it.
        (
            "Evaluate the significance of the Prophet's decision not to pursue the Romans. [4]",
            "no_battle",
            "bloodshed",
        ),
        (
            "Assess the importance of the donations made by the Companions for Tabuk. [4]",
            "donations",
            "Abu Bakr",
        ),
        (
            "Evaluate the significance of the announcement the Prophet made in Rajab 9 AH. [4]",
            "mobilisation",
            "general mobilisation",
        ),
        (
            "Assess the importance of Khalid's mission to Dumat al-Jandal. [4]",
            "dumat_aljandal",
            "Khalid",
        ),
        # The expedition itself weighed is its outcome as a whole ...
        ("Explain the significance of the expedition of Tabuk. [4]", "outcome", "without"),
        ("Assess the significance of Tabuk in the history of Islam. [6]", "outcome", "without"),
        # ... and named by what it was, it is that fact's, not the whole story's.
        (
            "Explain the importance of Tabuk as the last expedition of the Prophet.",
            "last_expedition",
            "last expedition",
        ),
    ],
)
def test_weighed_thing_decides(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        # Which paper a question came from, in brackets, is no word of it.
        ("Write a short note on: Jaish-ul-Usrah (board exam)", "army_name"),
        ("Write a note on the Army of Hardship (SSC board exam 2019)", "army_name"),
        ("State what Uthman gave for the army. [2] (past paper)", "uthman_donation"),
        # «the events surrounding/around …» sets a scene, as «the events leading up to …».
        ("Describe the role of Heraclius in the events surrounding Tabuk. [4]", "heraclius"),
        (
            "Assess the role played by the sincere believers in the events surrounding the"
            " expedition. [6]",
            "believers",
        ),
        # «with reference of» joins, as «with reference to» does.
        ("Describe the attitude of the hypocrites with reference of the Quran. [4]", "hypocrites"),
        # «aftermath» is what came of it.
        ("Describe the aftermath of the expedition for the Arab tribes. [4]", "delegations"),
    ],
)
def test_exam_furniture_and_frames_ask_nothing(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_role_of_someone_the_text_does_not_name_stays_unanswered(english_engine) -> None:
    assert answered_facts(
        english_engine, "Describe the role of Ali in the events surrounding Tabuk. [4]"
    ) == [None]
