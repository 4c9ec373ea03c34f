"""Names as Turkish, Bosnian, German and Dutch speakers write them in English (en73): «Ebu
Bekr», «Ömer», «Halid bin Velid», «Abdurrahman bin Avf», «Receb», «Cizye», «Bizans», «Römer»,
«Medine», and the Turkish title «Hz.» before a name. Each was a word no fact knew and the
question was asked back. Reading the name must not invent what the text does not state."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Hz. Osman", "osman"),
        ("Hazreti Ömer", "omer"),
        ("the Prophet (s.a.v.)", "the prophet"),
        ("Muhammed (s.a.v.s.)", "muhammed"),
        # «hz» only as a word: a unit or a code keeps its letters.
        ("50hz", "50hz"),
    ],
)
def test_the_turkish_title_is_taken_off(text: str, normalised: str) -> None:
    assert normalize_english(text) == normalised


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("What did Ebu Bekr give for the Tebuk Expedition?", "abu_bakr_donation"),
        ("What did Ebubekir give?", "abu_bakr_donation"),
        ("What did Ömer give for the army?", "umar_donation"),
        ("Where did Halid bin Velid go after Tebuk?", "dumat_aljandal"),
        ("What did Abdurrahman bin Avf give?", "abdulrahman_donation"),
        ("In which month was the Tebuk campaign, Receb?", "date"),
        ("Who paid the Cizye after Tebuk?", "jizya"),
        ("Why did the Bizans army retreat?", "roman_surprise"),
        ("How many camels did Hz. Osman give for Tebuk?", "uthman_donation"),
    ],
)
def test_a_turkish_spelling_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # The name is read, but the text gives no count of Abu Bakr's gift.
        "How many camels did Ebu Bekr give?",
        # Another Osman and another battle: not answered with Tabuk's facts.
        "Who founded the Ottoman state, Osman or Orhan?",
        "What happened to Halid bin Velid at Yarmouk?",
    ],
)
def test_a_read_name_does_not_answer_what_the_text_lacks(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == [None]
