"""A question asking only which Surah is not asked back between two verses of that Surah
(knowledge/english_sura.py): verse 38 and verse 117 are both in at-Tawbah, and the reply
names it. Asking the verse too keeps them apart."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Name the Surah in which verses about Tabuk were revealed", "verse_38"),
        ("In which surah were the verses about Tabuk revealed?", "verse_38"),
        # of the two, the one that explains the rest of the question
        (
            "Which surah praises those who followed the Prophet in the hour of hardship?",
            "verse_117",
        ),
    ],
)
def test_only_the_surah_asked(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert "Tawbah" in plain


@pytest.mark.parametrize(
    "message",
    [
        "Which Surah and verse were revealed about Tabuk?",
        "What is the first verse of Surah Tawbah?",
    ],
)
def test_the_verse_asked_too_stays_asked_back(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # an answer naming no one does not say who (the name is told, its giver is not)
        ("What was Jaysh al-Usrah and who named it?", ["army_name", None]),
        ("Who called it the army of hardship?", [None]),
        # an answer naming a doer still answers «who»
        ("Who paid the jizya?", ["jizya"]),
    ],
)
def test_who_asked_of_an_answer_naming_no_one(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
