"""«both (a) and (b)» and «neither» among options: «both» is right when the answer supports
the two options it names, whatever a «neither» beside it (knowledge/english_choice.py). As
the user sees the reply."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "The Romans' allies at Tabuk included:\n(a) Ghassan\n(b) Lakhm\n"
            "(c) both (a) and (b)\n(d) neither",
            "(c) both (a) and (b)",
        ),
        (
            "Which tribes came with the Romans? a) Lakhm b) Ghassan c) both a and b d) none",
            "(c) both a and b",
        ),
        # one of the two is not supported: «both» is not chosen
        (
            "Who gave wealth for the army?\na) Abu Bakr\nb) Abu Jahl\nc) both a and b\nd) neither",
            "(a) Abu Bakr",
        ),
    ],
)
def test_both_is_chosen_only_when_the_answer_supports_the_two(
    english_engine, message, answer
) -> None:
    reply = english_engine.answer(message)
    assert f"Answer: {answer}\n" in render_english(reply, english_engine).plain
