"""A channel's contest note closing a post (en70): «(best answer gets pinned 📌)», «(winner gets
a shoutout)», «[first correct answer wins a prize]» asks nothing; read as words of the question
it turned an exam command's answer into a question back or nothing. A bracket of the story's
words stays. Each as the user sees the reply."""

import pytest

from knowledge.english_courtesy import drop_talk
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Caption challenge ✍️ Explain in your own words why preparing this army was so hard 🥵 "
         "(best answer gets pinned 📌)", "hardship"),
        ("Explain why the army was called the Army of Hardship (winner gets a shoutout 🙌)",
         "army_name"),
        ("Explain why the Romans were surprised [first correct answer wins a prize]",
         "roman_surprise"),
    ],
)  # fmt: skip
def test_a_contest_note_is_set_aside(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "text",
    [
        "Who gave half his wealth (Umar or Uthman)?",
        "Why did the Romans not fight (they withdrew)?",
    ],
)
def test_a_bracket_of_the_story_stays(text) -> None:
    assert drop_talk(text) == text
