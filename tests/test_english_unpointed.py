"""Questions pointing back at nothing they name are asked back or not answered, never
answered from the story's people alone (knowledge/english_unpointed.py), and a command
after a sub-part does not take the sub-part's question kind (english_cues.with_context)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from tests.english_helpers import answered_facts


def test_which_one_was_it_after_a_story_is_asked_back(english_engine) -> None:
    message = (
        "Hi! Quiz night at the mosque is on Friday. I think one question will be about the "
        "last expedition the Prophet led personally. Which one was it and when?"
    )
    reply = english_engine.answer(message)
    assert reply.parts[0].decision.outcome is EnglishOutcome.SUGGEST
    assert answered_facts(english_engine, message) == [None, "date"]
    plain = render_english(reply, english_engine).plain
    assert "stationed" not in plain.split("\n\n")[0]


@pytest.mark.parametrize(
    "message",
    [
        "What does that mean?",
        "what does it mean",
        "Hello from Birmingham. My teacher said the call to Tabuk was a 'general "
        "mobilisation'. What does that mean here, and who was it against?",
    ],
)
def test_what_does_that_mean_is_never_the_army_name(english_engine, message) -> None:
    assert "army_name" not in answered_facts(english_engine, message)
    assert "Hardship" not in render_english(english_engine.answer(message), english_engine).plain


def test_a_command_after_a_sub_part_does_not_ask_where(english_engine) -> None:
    message = "Q4 (a) Where is Tabuk situated? [4] (b) Write a short note on it. [3]"
    facts = answered_facts(english_engine, message)
    assert facts[0] == "location"
    assert facts[1] != "location"


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # the people a pronoun points to are the subject
        (
            "Hi there, my Islamiyat teacher keeps talking about the hypocrites at Tabuk. "
            "What did they actually do?",
            ["hypocrites"],
        ),
        ("Whom did the Prophet send to Dumat ul Jandal and what happened there?",
         ["dumat_aljandal", "dumat_aljandal"]),
        ("1) why did tabuk happen 2) when", ["reasons", "date"]),
    ],
)  # fmt: skip
def test_a_part_pointing_at_a_named_subject_is_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        "Who was the messenger of the Prophet that the Byzantines attacked before Tabuk? "
        "I need his name",
        "And what was that messenger's name?",
    ],
)
def test_the_messengers_name_is_not_stated(english_engine, message) -> None:
    assert answered_facts(english_engine, message)[0] is None
    assert english_engine.answer(message).parts[0].decision.outcome is EnglishOutcome.GAP
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "does not state this detail" in plain
