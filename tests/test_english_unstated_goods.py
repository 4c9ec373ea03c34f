"""Details a claim adds that the text does not state are not judged true (issue 17): goods
(camels, horses, gold, dinars) are values, so «the jizya was paid in camels» is not settled by
an answer naming no goods; a riddle asked at both ends, «A- … B- …» options on one line and a
channel's «comment your answer» are read as what they are."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("True or false: The jizya of Dumat al-Jandal was paid in camels.", None),
        ("True or false: The jizya of Dumat al-Jandal was paid in gold.", None),
        ("True or false: Dumat al-Jandal agreed to pay the jizya.", True),
        ("True or false: Uthman gave 950 camels.", True),
        ("True or false: Uthman gave 950 horses.", False),
    ],
)
def test_goods_the_answer_does_not_name_leave_a_claim_unsettled(
    english_engine, statement, verdict
) -> None:
    assert english_engine.answer(statement).parts[0].verdict is verdict


def test_an_unsettled_claim_is_not_shown_as_true(english_engine) -> None:
    shown = render_english(
        english_engine.answer("True or false: The jizya of Dumat al-Jandal was paid in camels."),
        english_engine,
    ).plain
    assert "True." not in shown
    assert "False." not in shown


def test_a_riddle_asked_at_both_ends_keeps_its_speaker(english_engine) -> None:
    message = "Who am I? 🤔\nI gave 950 camels and 50 horses for the army of hardship.\nWho am I?"
    reply = english_engine.answer(message)
    assert [part.decision.fact.id for part in reply.parts if part.decision.fact] == [
        "uthman_donation"
    ]
    assert "Who Who" not in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "The Prophet announced the call for Tabuk in the month of ...\nA- Sha'ban   "
            "B- Rajab   C- Ramadan   D- Muharram\ncomment your answer 👇",
            "(B) Rajab",
        ),
        ("Uthman gave how many camels? A- 500 B- 950 C- 100 D- 300", "(B) 950"),
    ],
)
def test_dashed_letters_on_one_line_are_options(english_engine, message, answer) -> None:
    assert (
        f"Answer: {answer}" in render_english(english_engine.answer(message), english_engine).plain
    )
