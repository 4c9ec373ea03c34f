"""Multiple choices whose options name doers and deeds: an option that names a deed with whom
it befell («the attack on the Prophet's envoy») is no doer to check; and a choice settled by a
whole fact (the causes) is shown with the part telling that option
(knowledge/english_close_facts.py, english_option_doers.py, english_option_parts.py). As the
user sees the reply. (Reading each option as the subject of a who/which stem, «Uthman donated
950 camels», was left out after it added a confident wrong choice on held-out.)"""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "answer", "fact"),
    [
        (
            "Which one of these was a cause of the expedition? a) the attack on the Prophet's "
            "envoy b) a drought in Yemen c) a quarrel over trade",
            "(a) the attack on the Prophet's envoy",
            "envoy_assault",
        ),
        # the doer named after «the army of»: still checked against the answer's doer
        (
            "Which army pulled back into its own lands?\na) the army of the Muslims\n"
            "b) the army of the Romans\nc) the army of Persia",
            "(b) the army of the Romans",
            "roman_surprise",
        ),
    ],
)
def test_the_option_the_answer_gives_the_deed_to_is_chosen(
    english_engine, message, answer, fact
) -> None:
    assert (
        f"Answer: {answer}\n"
        in render_english(english_engine.answer(message), english_engine).plain
    )
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message",
    [
        # Abu Bakr gave all his wealth, and he is no option: none is picked
        "Which companion gave all his wealth?\na) Umar\nb) Uthman\nc) Ali",
    ],
)
def test_no_option_is_chosen_when_the_text_gives_the_deed_to_none_of_them(
    english_engine, message
) -> None:
    assert all(part.choice is None for part in english_engine.answer(message).parts)
