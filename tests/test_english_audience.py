"""Search-style headlines (en59): the audience, circle or exam named at the end («… for sisters
halaqa», «… IRK note for WASSCE») is taken off, so the headline is answered; «casus belli» is a
cause of war. («X definition» read as «X meaning» was dropped: the commit holding it added a
held-out wrong answer, and it answers «definition of a ghazwa» with the army's name.)"""

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
        ("The killing of the Prophet's envoy as a casus belli for the Tabuk campaign",
         "envoy_assault"),
    ],
)  # fmt: skip
def test_headline_for_an_audience_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


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
