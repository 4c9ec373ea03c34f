"""English questions about details the text states, once answered «not known» (en64): what
the text says of something, named with a description («What does the Islamic account say
Heraclius did …?», «What do the Muslim sources say …») or with «about» («What does the text
say about the hypocrites?», «… confirm what it says about …»), asks what the text tells of
it, not words someone said (only the verses' facts quote words); «felt» is «feel». A verse
named keeps «it» the verse. Details the text does not state stay refused."""

import pytest

from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "What does the Islamic account say Heraclius did to get his troops ready for this "
            "campaign?",
            "heraclius",
        ),
        ("What does the Islamic account say about Heraclius?", "heraclius"),
        ("What does the text say about the hypocrites?", "hypocrites"),
        ("What does the source say about how the Arabs felt about the Romans?", "arab_fear"),
        ("What does the account say about how the believers responded?", "believers"),
        # A verse named: «it» is the verse, and its words are asked.
        ("What does the Quran say about those who stayed behind?", "verse_38"),
        ("Surah Tawbah 38: what does it say about those who stayed behind?", "verse_38"),
        ("What does your source say Uthman gave?", "uthman_donation"),
    ],
)
def test_what_the_text_says_of_it(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


def test_what_it_says_is_no_saying(english_engine: EnglishEngine) -> None:
    message = "Can someone confirm what it says about how the Arabs felt about facing the Romans?"
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.SUGGEST
    assert decision.suggestions[0].id == "arab_fear"


@pytest.mark.parametrize(
    ("message", "gap"),
    [
        ("What does the text say about the three who stayed behind?", "three_who_stayed"),
        ("What does the Islamic account say about Abu Dharr?", "abu_dharr"),
        ("What did the Prophet say about Tabuk?", "sayings"),
    ],
)
def test_what_the_text_lacks_stays_refused(
    english_engine: EnglishEngine, message: str, gap: str
) -> None:
    decision = english_engine.answer(message).parts[0].decision
    assert decision.outcome is EnglishOutcome.GAP
    assert decision.gap == gap
