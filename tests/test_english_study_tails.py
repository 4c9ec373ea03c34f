"""What a searched headline is for, typed after its topic (en67): an exam board, a class, an
audience or a kind of notes («… for IRK students», «… KCSE IRE notes», «… question answer
for class 7») names nothing of the text; read with the topic, its words turned the topic's answer
into a question back. «X - definition» asks what X means. Each as the user sees the reply."""

import pytest

from knowledge.english_study_tails import without_study_tail
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("causes of the Tabuk expedition for IRK students", "reasons"),
        ("hypocrites role Tabuk KCSE IRE notes", "hypocrites"),
        ("Tabuk causes - revision notes for Islamiyat paper 1", "reasons"),
        ("Tabuk expedition notes for class 7", "overview"),
        ("Tabuk expedition overview for year 8 RE lesson", "overview"),
        ("preparation for Tabuk difficulties - lecture notes", "hardship"),
        ("Army of Hardship meaning - Islamic studies revision", "army_name"),
    ],
)
def test_a_topic_with_what_it_is_for_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message",
    [
        # The lessons drawn from Tabuk are a known gap; only after «for» is a lesson a purpose.
        "Tabuk lessons notes",
        # The tail's topic is a detail the text does not state.
        "Tabuk to Madinah distance km for project",
    ],
)
def test_what_the_text_does_not_state_stays_unanswered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results of the Tabuk expedition IRK note for WASSCE", "Results of the Tabuk expedition"),
        ("What were the causes of Tabuk for my IRK exam?", "What were the causes of Tabuk?"),
        (
            "Describe the preparations for the Tabuk campaign for class 9 students (5 marks)",
            "Describe the preparations for the Tabuk campaign (5 marks)",
        ),
        # Who someone's own people were is the story's, not an audience: no «for my/the».
        ("Abu Bakr left nothing for his children", "Abu Bakr left nothing for his children"),
        ("Who looked after the children?", "Who looked after the children?"),
        # «year» is the story's own word without a course's number beside it.
        ("Heraclius paid the soldiers for a year notes", "Heraclius paid the soldiers for a year"),
        ("Tabuk lessons notes", "Tabuk lessons"),
        # An apostrophe keeps its word whole: «they're» holds no «re» (religious education).
        ("Uthman's gift notes", "Uthman's gift"),
        ("Who did the Romans think they're", "Who did the Romans think they're"),
        # «year 9» is the Hijri year and «chapter 9» the sura, no class; a reference or a note
        # a command asks for is the command's own object; a class's number alone is no tail.
        ("Tabuk took place in the year 9", "Tabuk took place in the year 9"),
        ("Surah Tawbah chapter 9 notes", "Surah Tawbah chapter 9"),
        ("Quote the verse and give the reference", "Quote the verse and give the reference"),
        ("Tabuk expedition - write a short note", "Tabuk expedition - write a short note"),
        ("Tabuk expedition class 7", "Tabuk expedition class 7"),
        # Nothing but the tail: read as it is.
        ("notes for WAEC", "notes for WAEC"),
    ],
)
def test_without_a_study_tail(text, expected) -> None:
    assert without_study_tail(text) == expected
