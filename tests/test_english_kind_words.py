"""«reason», «place», «date» name the kind of answer asked, not a detail the answer must
repeat (issue 17): a fact answering «why» questions tells the reason without the word
(knowledge/english_entry.py KIND_TERMS)."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        (
            "Q2 b) Give reasons why the hypocrites did not join the expedition of Tabuk. [3]",
            "hypocrites",
            "stayed behind",
        ),
        (
            "Salam brothers, in tomorrow's Islamiat paper they might ask this so please help: "
            "what was the reason the Romans retreated?",
            "roman_surprise",
            "did not expect",
        ),
    ],
)
def test_a_reason_asked_is_told_by_a_fact_answering_why(
    english_engine, message, fact, said
) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain


def test_a_reason_the_text_does_not_give_is_still_not_answered(english_engine) -> None:
    # The return to Madinah is not told: no fact answers why the army came back.
    assert answered_facts(english_engine, "What was the reason the army returned to Madinah?") == [
        None
    ]
