"""Which option of an English multiple choice the answer supports: words of one family read
as one concept (knowledge/english_concepts.py), so an option worded otherwise than the text
is still supported by it."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # «to defend their land» is the text's «a defensive position».
        (
            "When the Muslims arrived, the Byzantine army:\n"
            "a) charged at them\nb) pulled back to defend its own land\n"
            "c) joined them\nd) was wiped out",
            "(b) pulled back to defend its own land",
        ),
        (
            "How did the Byzantine troops respond when the Muslim army reached them?\n"
            "(A) fought a battle at night\n(B) fell back to take up a defence in their lands\n"
            "(C) gave up their weapons\n(D) sent gifts",
            "(b) fell back to take up a defence in their lands",
        ),
    ],
)
def test_option_worded_with_another_form_of_the_word_is_chosen(
    english_engine, message, answer
) -> None:
    reply = render_english(english_engine.answer(message), english_engine).plain
    assert f"Answer: {answer}\n" in reply
