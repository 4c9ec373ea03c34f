"""A verse a preamble names by its number and the question then points at («my ustadh said
ayah 38 is about Tabuk. What is this ayah about?»): knowledge/english_verse_context.py."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts", "quoted"),
    [
        (
            "I'm memorising Surah at-Tawbah and my teacher said ayah 38 is about Tabuk. "
            "What is this ayah about?",
            ["verse_38"],
            "[التوبة: 38]",
        ),
        (
            "Someone in our circle mentioned that verse 117 is connected to Tabuk. What does "
            "it say?",
            ["verse_117"],
            "[التوبة: 117]",
        ),
    ],
)
def test_the_numbered_verse_is_the_one_asked_about(english_engine, message, facts, quoted) -> None:
    assert answered_facts(english_engine, message) == facts
    assert quoted in render_english(english_engine.answer(message), english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # Two verses named before: which one «this ayah» is, is not told.
        "My teacher read verses 38 and 117 of at-Tawbah about Tabuk. What is this ayah about?",
        # A number that is no verse's is not pointed at.
        "My book says ayah 40 is about Tabuk. What is this ayah about?",
    ],
)
def test_no_verse_is_named_for_the_question(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
