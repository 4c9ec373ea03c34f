"""English questions whose answer the text states, once refused as a known gap (en61): who
the Ghassanids were is told by the fact about the Arab tribes the Romans brought (reading «in
the story of Tabuk» as only placing a question was left out: on held-out it let an off-topic
message be answered); whom a named people fought with or beside is asked
back between the facts naming both; «how long in advance» asks a lead time, not the
journey's length; «Lesson 14» heading a worksheet is no lesson asked; a blank is filled past
the asker's «what's the missing word?» after it and the asker's feelings before it. Details
the text does not state stay refused."""

import pytest

from knowledge.english_courtesy import drop_talk
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "Who were the Ghassanids?",
        "who were the ghassanids",
        "who are the ghassanids",
    ],
)
def test_who_the_ghassanids_were_is_told(english_engine: EnglishEngine, message: str) -> None:
    assert answered_facts(english_engine, message) == ["roman_allies"]


@pytest.mark.parametrize(
    "message",
    [
        # «with» may be beside or against: the tribes' fact and the enemy's both name them.
        "who were the ghassanids fighting with at tabuk",
        "who were the ghassanids allied with",
    ],
)
def test_whom_a_named_people_was_with_is_asked_back(
    english_engine: EnglishEngine, message: str
) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.SUGGEST
    assert {"roman_allies", "enemy"} <= {fact.id for fact in decision.suggestions}


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # A command over the story still asks the whole of it.
        ("Tell the story of Tabuk", "overview"),
        ("Who led the army in the story of Tabuk?", "leader"),
    ],
)
def test_the_story_still_asked_as_a_whole(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("message", "gap"),
    [
        ("What is the meaning of jizya?", "definitions"),
        ("What does jizya mean?", "definitions"),
        # A journey's length, the lessons drawn, the Prophet's letters: not in the text.
        ("How long did the journey to Tabuk take?", "journey_length"),
        ("How long before Tabuk did Heraclius pay his troops?", "journey_length"),
        ("What lessons do we learn from Tabuk?", "lessons"),
        ("What is the lesson of lesson 3?", "lessons"),
        ("How many letters did the Prophet send?", "letter"),
    ],
)
def test_definitions_the_text_lacks_stay_refused(
    english_engine: EnglishEngine, message: str, gap: str
) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.GAP
    assert decision.gap == gap


@pytest.mark.parametrize(
    ("message", "offered"),
    [
        # Heraclius paid a year's wages beforehand: offered, never «not stated».
        ("How long in advance did Heraclius pay his soldiers?", "heraclius"),
        # A worksheet's heading with its number: the question under it is asked.
        (
            "Homeschool Sirah — Lesson 14 check\n"
            "Why didn't the Prophet ﷺ chase the Roman army after it pulled back?\n"
            "☐ He was scared of them\n☐ To spare blood\n☐ The army ran out of water\n"
            "☐ The Romans paid him money",
            "no_battle",
        ),
    ],
)
def test_a_lead_time_or_a_numbered_heading_is_no_gap(
    english_engine: EnglishEngine, message: str, offered: str
) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is not EnglishOutcome.GAP
    assert offered in {fact.id for fact in (*decision.suggestions, decision.fact) if fact}


@pytest.mark.parametrize(
    ("message", "fact_id", "filled"),
    [
        # The asker's request for the missing word after the sentence asks nothing of the text.
        (
            'From my revision sheet: "After Tabuk, Arab ______ came one after another to the '
            "Prophet\" - what's the missing word?",
            "delegations",
            "delegations",
        ),
        ("Umar gave ____ of his wealth. Which word is missing?", "umar_donation", "half"),
        ("Uthman gave ___ camels, what goes in the blank?", "uthman_donation", "950"),
        # What the asker feels about the passage, before it, is the asker's own talk.
        (
            "Reading through my notes, I find this part so moving: after the Romans withdrew the "
            "Prophet did not wish to attack them, in order to ______",
            "no_battle",
            "spare bloodshed",
        ),
    ],
)
def test_a_blank_is_filled_past_the_askers_words(
    english_engine: EnglishEngine, message: str, fact_id: str, filled: str
) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.answered and part.fact is not None and part.fact.id == fact_id
    assert part.missing == filled


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Finishing my notes, I find this part so beautiful: who led the army?",
            "who led the army?",
        ),
        # A word of the text is never talk: the clause stays.
        ("I find the part about Uthman beautiful: what did he give?", None),
    ],
)
def test_the_askers_feelings_before_a_question_are_talk(
    message: str, question: str | None
) -> None:
    assert drop_talk(message) == (question or message)
