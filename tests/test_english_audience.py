"""Search-style headlines (en59): the audience, circle or exam named at the end («… for sisters
halaqa», «… IRK note for WASSCE») is taken off, so the headline is answered; «X definition» asks
what X means, as «X meaning» does; «casus belli» is a cause of war."""

import pytest

from knowledge.english_audience import without_audience
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Tabuk expedition short summary for sisters halaqa", "overview"),
        ("Results of the Tabuk expedition IRK note for WASSCE", "outcome"),
        ("Tabuk summary for class 9 students", "overview"),
        ("who led the army of tabuk? for my islamiyat test", "leader"),
        ("Jaysh al-Usrah definition", "army_name"),
        ("army of hardship - definition??", "army_name"),
        ("The killing of the Prophet's envoy as a casus belli for the Tabuk campaign",
         "envoy_assault"),
    ],
)  # fmt: skip
def test_headline_for_an_audience_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message",
    [
        # The text says what jizya was paid for, never what the word means.
        "jizya definition",
        "munafiqun definition",
    ],
)
def test_definition_the_text_does_not_give_is_not_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tabuk expedition short summary for sisters halaqa", "Tabuk expedition short summary"),
        ("causes of Tabuk for GCSE RS?", "causes of Tabuk?"),
        ("Who led the army of Tabuk for the exam?", "Who led the army of Tabuk?"),
        # «for» a word of the story stays: the army, Tabuk, what someone gave.
        ("What did Uthman give for the army?", "What did Uthman give for the army?"),
        ("Why did they go for Tabuk", "Why did they go for Tabuk"),
        # a command's own object, and a tail with nothing left before it
        ("Tabuk expedition write a short note", "Tabuk expedition write a short note"),
        ("notes for sisters", "notes for sisters"),
    ],
)
def test_only_an_audience_tail_is_taken_off(text, expected) -> None:
    assert without_audience(text) == expected
