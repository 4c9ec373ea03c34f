"""A verse the story told by its words, asked about by pointing back (en52): «The imam recited
an ayah about those who followed the Prophet in the hour of hardship. What does the verse
say?» asks that verse; a verse named by nothing of its own («a verse about Tabuk») is still
asked back between the two."""

import pytest

from knowledge.english import EnglishOutcome
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("The imam recited an ayah about those who followed the Prophet in the hour of "
         "hardship. What does the verse say?", "verse_117"),
        ("A podcast quoted an ayah where people who were called to go forth clung heavily to "
         "the earth. What does that verse say?", "verse_38"),
    ],
)  # fmt: skip
def test_verse_told_by_its_words(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_verse_told_by_nothing_is_asked_back(english_engine) -> None:
    reply = english_engine.answer("My teacher mentioned a verse about Tabuk. What does it say?")
    assert reply.parts[0].decision.outcome is EnglishOutcome.SUGGEST
