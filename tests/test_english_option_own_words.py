"""Which option of an English multiple choice the answer supports, by the option's own words
(knowledge/english_choice.py): «no fighting» is a denial the option makes, not «no» answering
a yes/no stem; a word the option repeats from the stem («Jaysh al-Usrah» … «led by Usrah») is
what the question is about, no support for that option."""

import pytest

from bot.english_replies import render_english


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # «no fighting» was read «fighting», the deed the answer denies: no option was chosen.
        (
            "The expedition of Tabuk ended with:\n"
            "A) a treaty with Quraysh\nB) no fighting\nC) the death of Heraclius\n"
            "D) the capture of Damascus",
            "(b) no fighting",
        ),
        (
            "The encounter at Tabuk ended in\na) a Roman victory\nb) no fighting\n"
            "c) a long siege\nd) a truce with Quraysh",
            "(b) no fighting",
        ),
        # «Usrah», the stem's own word, made the wrong option almost as supported as the
        # reason the text gives: none was chosen.
        (
            "Why was the army called Jaysh al-Usrah?\nA) because it won\n"
            "B) because of the difficulties around forming it\nC) because it was small\n"
            "D) because it was led by Usrah",
            "(b) because of the difficulties around forming it",
        ),
    ],
)
def test_option_read_by_its_own_words(english_engine, message, answer) -> None:
    reply = render_english(english_engine.answer(message), english_engine).plain
    assert f"Answer: {answer}\n" in reply


@pytest.mark.parametrize(
    "message",
    [
        # «no,» with its comma still answers a yes/no stem: the option after it is the reason.
        "Was there fighting at Tabuk?\na) yes, a long battle\nb) no, the Romans fell back\n"
        "c) yes, and the Muslims lost\nd) yes, at night",
        "Did the hypocrites join the army?\na) yes, all of them\nb) no they stayed behind\n"
        "c) yes, and they fought bravely\nd) yes, as leaders",
    ],
)
def test_yes_or_no_opening_an_option_still_answers_the_stem(english_engine, message) -> None:
    reply = render_english(english_engine.answer(message), english_engine).plain
    assert "Answer: (b) no" in reply
