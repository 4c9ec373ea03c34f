"""Where in a course an exercise was set, opening the message (en62): «Week 7 quiz question:»,
«Day 3 test -». Read with the question, «week» was mended into «weeks», a word of the
journey's length (a known gap), and a multiple choice on the army's size was refused. Each as
the user sees the reply."""

import pytest

from knowledge.english_furniture import without_course_references


def test_a_weeks_quiz_keeps_its_choice(english_engine) -> None:
    message = (
        "Week 7 quiz question, can't find it in the reader:\n"
        "The Muslim force that marched to Tabuk is reported as numbering\n"
        "a) around 3,000\nb) around 10,000\nc) more than 40,000\nd) around 100,000"
    )
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "army_size"
    assert part.choice == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Week 7 quiz question: who led it?", "quiz question: who led it?"),
        ("Day 3 test - when was Tabuk?", "test - when was Tabuk?"),
        # A number of weeks asked stays: it is the question.
        ("3 weeks quiz: how long?", "3 weeks quiz: how long?"),
        ("Week 7: how many weeks?", "Week 7: how many weeks?"),
    ],
)
def test_without_a_course_position(text, expected) -> None:
    assert without_course_references(text) == expected
