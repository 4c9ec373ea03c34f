"""Viewers of a documentary and askers who drop the article (en73): «The documentary says the
Muslims were over 40,000 - how many were they?», «Documentary said Heraclius paid his soldiers
a year's wages in advance, is that true?». Who reports the claim is no part of it: read with
it, «documentary» was a word no fact knows, «says» drew the verses (what Allah said), and the
question was left unanswered."""

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts, judged


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("The documentary says the Muslims were over 40,000 - how many were they?", "army_size"),
        ("Documentary says the Muslims were over 40,000 - how many exactly?", "army_size"),
        (
            "This video said Khalid went to Dumat al-Jandal - what happened there?",
            "dumat_aljandal",
        ),
    ],
)
def test_a_question_after_a_report_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        (
            "Documentary said Heraclius paid his soldiers a year's wages in advance, true?",
            "heraclius",
            True,
        ),
        ("Teacher said Abu Bakr gave half his wealth, right?", "abu_bakr_donation", False),
    ],
)
def test_a_claim_reported_without_an_article_is_judged(
    english_engine: EnglishEngine, message: str, fact_id: str, verdict: bool
) -> None:
    assert judged(english_engine, message) == (fact_id, verdict)


@pytest.mark.parametrize(
    "message",
    [
        # what the documentary adds that the text does not state stays unanswered
        "The documentary said the Romans had 200,000 men at Tabuk. How many Romans were there?",
        "The documentary showed the Battle of Yarmouk. How many Muslims fought at Yarmouk?",
    ],
)
def test_what_the_text_does_not_state_stays_unanswered(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]
