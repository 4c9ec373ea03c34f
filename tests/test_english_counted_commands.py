"""A second exam command whose object opens with a count (issue 17, en29): «Outline the causes
of Tabuk and state two results of the expedition» asks two questions, as «… and explain why …»
already did; «two/three … » after «state/give/name/explain …» starts the second command's
object. A command joined to another command before any object («Explain and state two
reasons …») is still one question. A part with the «(sm)» honorific after «the Prophet» is
answered as without it."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "Outline the causes of Tabuk and state two results of the expedition.",
            ["reasons", "outcome"],
        ),
        (
            "Explain why the army was called Jaish al-Usrah and name three companions who gave "
            "for it.",
            ["army_name", "donations"],
        ),
        # The text tells of no lessons: the second part is left unanswered, not guessed.
        (
            "Describe the donations of the companions and explain two lessons from them.",
            ["donations", None],
        ),
        # Two commands on one object stay one question.
        ("Explain and state two reasons for the expedition.", ["reasons"]),
    ],
)
def test_a_counted_second_command_is_its_own_question(
    english_engine: EnglishEngine, message: str, facts: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_each_counted_command_gets_its_answer_in_place(english_engine: EnglishEngine) -> None:
    message = "Outline the causes of Tabuk and state two results of the expedition."
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.index("(1) Outline the causes of Tabuk") < plain.index("Among the causes")
    assert plain.index("Among the causes") < plain.index("(2) state two results")
    assert plain.index("(2) state two results") < plain.index("ended without fighting")


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «(sm)»: «sallallahu alaihi wa sallam» as Bangladeshi textbooks print it; a courtesy,
        # not a word of the question (before, «sm» was an unknown word and the part was asked
        # back).
        ("Explain why the Prophet (sm) did not attack the enemy.", ["no_battle"]),
        ("Who led the army to Tabuk (s.m.)?", ["leader"]),
        (
            "(a) What was the army of Tabuk called?\n"
            "(b) Why did the Prophet (sm) not fight the Romans there?",
            ["army_name", "no_battle"],
        ),
    ],
)
def test_the_sm_honorific_says_nothing_about_the_question(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_the_sm_honorific_part_is_answered_in_the_reply(english_engine: EnglishEngine) -> None:
    message = "Explain why the Prophet (sm) did not attack the enemy."
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "In English:" in plain
    assert "without fighting" in plain or "bloodshed" in plain
