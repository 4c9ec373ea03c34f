"""«علي بن أبي طالب»: «طالب» after a father's kunya is a name, not "a student" (the story
word of «انا طالب، …»), so the name is no story set aside before the question; and a
person the text never names is told so, not answered with the overview."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message_patterns import STORY
from tests.message_helpers import assert_answered_with, assert_not_answered_with


@pytest.mark.parametrize(
    "message",
    [
        "علي بن ابي طالب شو عمل بغزوة تبوك؟",
        "علي بن أبي طالب ماذا فعل في غزوة تبوك؟",
        "انا طالب بالثانوي، شو عمل علي بن ابي طالب في تبوك؟",
    ],
)
def test_a_kunya_name_is_asked_not_set_aside(answerer: FormAnswerer, message: str) -> None:
    text = assert_not_answered_with(answerer, message, "overview")
    assert "لا يذكر النص" in text, text


def test_a_student_before_the_question_is_still_set_aside(answerer: FormAnswerer) -> None:
    assert_answered_with(answerer, "انا طالب، متى كانت غزوة تبوك؟", "date", "رجب")


def test_the_story_word_is_still_a_story() -> None:
    assert STORY.search("انا طالب في الثانوي")
    assert not STORY.search("علي بن ابي طالب")
    assert not STORY.search("علي بن أبي طالب")
