"""Comprehension exercises (knowledge/english_passages.py) and the text they point to
(knowledge/english_frames.py): after «Read the paragraph, then answer.» the pasted passage is
set aside and only what is asked is read; «according to the passage and your knowledge»,
«per the Arabic text» only point to the one text."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_passages import without_passage
from tests.english_helpers import answered_facts

_PASSAGE = (
    "The call came in the summer. A group who said they were Muslims made excuses, stayed "
    "at home and told others not to go."
)


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            f"Read the paragraph, then answer.\n\n{_PASSAGE}\n\nTrue or False: According to the "
            "passage and your knowledge, the hypocrites urged everyone to march.",
            ["hypocrites"],
        ),
        (
            f"Read the passage below and answer the questions.\n{_PASSAGE}\n\n"
            "1) How did the hypocrites behave?\n"
            "2) Which verse speaks of those who were slow to go out?",
            ["hypocrites", "verse_38"],
        ),
        ("True or false per the Arabic text: Uthman gave 950 camels.", ["uthman_donation"]),
        ("According to the paragraph, how many men were in the army of Tabuk?", ["army_size"]),
    ],
)
def test_a_comprehension_question_is_answered(
    english_engine: EnglishEngine, message: str, fact_ids: list[str]
) -> None:
    assert answered_facts(english_engine, message) == fact_ids


def test_a_detail_the_text_does_not_give_stays_unanswered(english_engine: EnglishEngine) -> None:
    message = (
        "Read this short text:\nThe army left in the heat and water was scarce.\n\n"
        "Question: According to the passage, how many days did the march take?"
    )
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Read and answer:\nA passage.\n\nWho led it?", "Who led it?"),
        ("Read the text carefully.\n\nOne.\n\nTwo.\n\nQ: why?", "Q: why?"),
        # No instruction, or nothing but the questions after it: left as it was.
        ("Passage: The army went north.\n\nWho led it?", None),
        ("Read and answer:\nWho led it? Why?", None),
        ("Read the passage about Tabuk and tell me who led it.", None),
    ],
)
def test_what_is_set_aside(text: str, kept: str | None) -> None:
    assert without_passage(text) == (text if kept is None else kept)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # A skeptic asks for the basis of a claim, or the figure a source gives.
        (
            "What's the basis for the claim that Heraclius paid his troops a full year's wages "
            "in advance before Tabuk?",
            "heraclius",
        ),
        ("What figure does this source actually give for the Muslim army?", "army_size"),
        ("What number does the text give for the Muslim army?", "army_size"),
        ("What does the text give as the reason for Tabuk?", "reasons"),
        ("Is the claim that Abu Bakr gave all his wealth true?", "abu_bakr_donation"),
    ],
)
def test_a_skeptics_question_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


def test_a_figure_that_is_a_person_is_not_a_number(english_engine: EnglishEngine) -> None:
    assert answered_facts(english_engine, "Which figure led the Romans?") == [None]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # What the asker is doing with the question, in brackets, asks nothing.
        (
            "Fill in the blank (answer key check): The army of Tabuk was made up of more than "
            "____ fighters.",
            "army_size",
        ),
        ("Who led the army of Tabuk (revision)?", "leader"),
    ],
)
def test_the_askers_note_in_brackets_asks_nothing(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
