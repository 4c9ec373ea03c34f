"""English: a message whose only question is a plea («Can you help?», «help pls?») or guesses
at an answer («heat? famine?») asks the question its story reports — someone asking it, or the
asker not knowing or remembering it (knowledge/english_pleas.py); a bracketed place in a course
or a book («(module 12)», «(chapter 7)») is no question's numbering. A reported question beside
a question of the asker's own stays the scene."""

import pytest

from knowledge.english_asking import question_tail
from knowledge.english_cues import reported_claim
from knowledge.english_forms import split_message
from knowledge.english_furniture import without_course_references


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "Asalaam alaikum. My little sister keeps asking me who the Prophet fought against "
            "at Tabuk. I forgot. Can you help?",
            "enemy",
        ),
        (
            "My son has homework and he keeps asking me why the Muslims set out for Tabuk. "
            "I honestly don't remember. Can you help?",
            "reasons",
        ),
        ("I can't remember who led the army at Tabuk. help pls?", "leader"),
        ("My teacher wants to know in which month the expedition took place. Any help?", "date"),
        (
            "I'm doing an online seerah course (module 4) and the quiz asks what conditions "
            "were like when the army was being prepared. heat? drought? pls help",
            "hardship",
        ),
    ],
)
def test_a_plea_asks_the_question_the_story_reports(english_engine, message, expected) -> None:
    reply = english_engine.answer(message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == [expected]


@pytest.mark.parametrize(
    "message",
    [
        # a question of the asker's own: the reported one is its scene
        "My brother keeps asking me who led the army. What did Uthman give?",
        # a plea with no reported question stays a plea
        "I have an exam on Tabuk tomorrow. Can you help?",
    ],
)
def test_no_reported_question_is_taken_over_the_askers_own(message) -> None:
    (part,) = split_message(message).parts
    assert "keeps asking" not in part.text or part.text.startswith("What")
    assert not part.text.startswith("who")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm on a course (module 12) and I'm stuck", "I'm on a course and I'm stuck"),
        (
            "We read it in class (chapter 7), who was Heraclius?",
            "We read it in class, who was Heraclius?",
        ),
        ("see the book (p. 46) please", "see the book please"),
        ("1) Who led it? 2) When?", "1) Who led it? 2) When?"),
    ],
)
def test_a_course_reference_in_brackets_is_no_numbering(text, expected) -> None:
    assert without_course_references(text) == expected


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "My grandmother asked me who paid the Roman soldiers a year ahead and I couldn't "
            "answer.",
            "who paid the Roman soldiers a year ahead",
        ),
        ("my dad asked us what Umar gave, but we forgot", "what Umar gave"),
    ],
)
def test_the_askers_own_clause_is_no_part_of_the_reported_question(text, question) -> None:
    assert question_tail(text).rstrip(". ") == question


def test_the_askers_own_book_is_a_counter_claim() -> None:
    claim = reported_claim(
        "My cousin's textbook says the army was only 10,000 but mine says more."
    )
    assert claim == "the army was only 10,000"
