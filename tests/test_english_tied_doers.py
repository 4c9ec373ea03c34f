"""A «who/which» choice whose options tie because the answer names several of them: the one
the answer gives the stem's deed to is chosen, and none when that does not single one out
(knowledge/english_option_doers.py `the_one_doer`). As the user sees the reply."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "answer", "fact"),
    [
        # Khalid is named in the answer (the town submitted to him), Ukaydir ruled it
        (
            "Who was the ruler of Dumat al-Jandal? A) Heraclius B) Ukaydir C) Khalid D) Abu Bakr",
            "(b) Ukaydir",
            "ukaydir",
        ),
        (
            "Who was the chief of Dumat al-Jandal?\na) Khalid ibn al-Walid\nb) Ukaydir\n"
            "c) Heraclius",
            "(b) Ukaydir",
            "ukaydir",
        ),
        # the Prophet and Khalid both named: the Prophet spared him
        (
            "Who spared Ukaydir?\na) Khalid\nb) the Prophet\nc) Heraclius",
            "(b) the Prophet",
            "ukaydir",
        ),
    ],
)
def test_the_tied_option_that_did_the_deed_is_chosen(
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
        # every donor «gave» in the answer, and no value in the stem: none singled out
        "Which companion gave wealth for the army?\na) Umar\nb) Abu Bakr\nc) Uthman\nd) Ali",
        # passive: the answer's clause «spared his life» names no one the tie could be read by
        "Who was spared by the Prophet?\na) Heraclius\nb) Ukaydir\nc) Khalid\nd) Abu Bakr",
        # no «who/which» stem: the option is not the subject of a deed asked
        "The chief of Dumat al-Jandal was:\na) Khalid ibn al-Walid\nb) Ukaydir\nc) Heraclius",
    ],
)
def test_a_tie_the_deed_does_not_break_stays_unchosen(english_engine, message) -> None:
    reply = english_engine.answer(message)
    assert all(part.choice is None for part in reply.parts)
    assert "(b) Ukaydir" not in render_english(reply, english_engine).plain
