"""A deed the text tells of the Muslims as a body, or of the Prophet «with his troops», does
not make it false that one Companion did it («Abu Bakr went out with the army»: he may have
been among them); a deed the text gives to one person alone still does
(knowledge/english_roles.done_together). As the user sees the reply."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    "message",
    [
        "True or false: Abu Bakr went out with the army to Tabuk.",
        "T/F: Umar stayed at Tabuk with the troops.",
        "Uthman remained encamped at Tabuk. True or false?",
    ],
)
def test_one_of_the_body_is_not_false(english_engine, message) -> None:
    reply = english_engine.answer(message)
    assert [part.verdict for part in reply.parts] != [False]
    assert "False" not in render_english(reply, english_engine).plain.split("\n")[0]


@pytest.mark.parametrize(
    "message",
    [
        "True or false: Abu Bakr announced the general mobilisation.",
        "T/F: Umar gave all of his wealth for the army.",
    ],
)
def test_a_deed_of_one_person_still_corrects_another(english_engine, message) -> None:
    assert [part.verdict for part in english_engine.answer(message).parts] == [False]
