"""English: «… we read ayah 38 of surah tawbah. what's the link with tabuk?»: the clause before
the question names what the link is asked of (kept as the question's context, as «there»
keeps its place), and a verse the story numbers is that verse's fact; with no verse named,
«what's the link with Tabuk?» after a story about Mu'tah stays Mu'tah's (english_forms,
english_verse_context)."""

import pytest

from knowledge.english_forms import split_message


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "in halaqa we studied ayah 117 of surah at-tawbah today. what is the link with Tabuk?",
            "verse_117",
        ),
        (
            "Our teacher read verse 38 of at-Tawbah in class. What's the connection to Tabuk?",
            "verse_38",
        ),
    ],
)
def test_a_numbered_verse_is_what_the_link_is_asked_of(english_engine, message, expected):
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == expected


def test_the_clause_before_a_link_question_is_its_context() -> None:
    split = split_message("we read ayah 38 in class today. what's the link with tabuk?")
    assert split.preamble == "we read ayah 38 in class today."
    assert [part.text for part in split.parts] == ["what's the link with tabuk?"]
