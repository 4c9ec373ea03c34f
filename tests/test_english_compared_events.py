"""«Compare A with B» where B is another event (knowledge/english_engine.py): the comparison
asks about an event the bot does not cover, so the whole comparison is refused once, not its
Tabuk half answered as if it were the question. A comparison within Tabuk stays two answers."""

import pytest

from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "Compare the treaties made at Tabuk with the Treaty of Hudaybiyyah.",
        "Compare the expedition of Tabuk with the battle of Badr.",
        "Compare Tabuk and Uhud.",
    ],
)
def test_a_comparison_with_another_event_is_one_refusal(english_engine, message) -> None:
    reply = english_engine.answer(message)
    assert [part.decision.outcome for part in reply.parts] == [EnglishOutcome.OTHER_EVENT]
    assert render_english(reply, english_engine).plain


def test_a_question_after_the_comparison_keeps_its_place(english_engine) -> None:
    message = (
        "Compare the treaties made at Tabuk with the Treaty of Hudaybiyyah. Which"
        " communities were included in the Tabuk treaties?"
    )
    reply = english_engine.answer(message)
    assert len(reply.parts) == 2
    assert reply.parts[0].decision.outcome is EnglishOutcome.OTHER_EVENT


def test_a_comparison_within_tabuk_is_two_answers(english_engine) -> None:
    message = "Compare the response of the hypocrites with that of the true believers at Tabuk."
    assert answered_facts(english_engine, message) == ["hypocrites", "believers"]
