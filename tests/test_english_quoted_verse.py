"""A verse the story before a question tells by its words, not its number (en59): «The chapter
says Allah was pleased with the Prophet, the Muhajirun and the Ansar 'who followed him in the
hour of hardship'. Which group is that verse about?» points at at-Tawbah 117, the one verse
those words settle; a story whose words settle no verse leaves «that verse» asked back."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Salam all, I'm reading the chapter with a tafsir beside it. The author says Allah was "
         "pleased with the Prophet, the Muhajirun and the Ansar 'who followed him in the hour "
         "of hardship'. Which group is that verse about?", ["verse_117"]),
        ('In Surah at-Tawbah there is a verse about "the hour of hardship". What does it say '
         "and who is it about?", ["verse_117", None]),
        ("My teacher mentioned a verse about people who clung heavily to the earth. What does "
         "it say?", ["verse_38"]),
    ],
)  # fmt: skip
def test_verse_told_by_its_words_is_the_one_pointed_at(english_engine, message, facts):
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        "My friend quoted a verse to me after the khutbah. Which group is that verse about?",
        "There is a verse about Tabuk. What does it say?",
    ],
)
def test_story_settling_no_verse_is_asked_back(english_engine, message):
    assert answered_facts(english_engine, message) == [None]
