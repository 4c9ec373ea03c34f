"""Names written with accents and macrons (en61): scholarly transliteration («Tabūk»,
«ʿUthmān», «Abū Bakr al-Ṣiddīq», «Dūmat al-Jandal») and Turkish spellings («Tebük Seferi»,
«Dumetü'l-Cendel») are read as the plain names; every accented letter used to split its word
in two («tab k», «uthm n») and the question was left unanswered. Arabic keeps its marks."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Tabūk", "tabuk"),
        ("ʿUthmān ibn ʿAffān", "uthman ibn affan"),
        ("Abū Bakr al-Ṣiddīq", "abu bakr al siddiq"),
        ("Dūmat al-Jandal", "dumat al jandal"),
        ("Muʾtah", "mutah"),
        ("Hérakleios", "herakleios"),
        ("Dumetü'l-Cendel", "dumetul cendel"),
        ("Tebük Seferi", "tebuk seferi"),
        # Arabic inside an English message keeps its letters and marks.
        ("غزوة تبوك", "غزوة تبوك"),
    ],
)
def test_accents_are_taken_off_latin_letters(text: str, normalised: str) -> None:
    assert normalize_english(text) == normalised


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Who led the expedition of Tabūk?", "leader"),
        ("How many camels did ʿUthmān ibn ʿAffān give?", "uthman_donation"),
        ("What did Abū Bakr al-Ṣiddīq give for the army?", "abu_bakr_donation"),
        ("Who was Hérakleios?", "heraclius"),
        ("When was the Tebük Seferi?", "date"),
        ("Who was sent to Dumetü'l-Cendel?", "dumat_aljandal"),
    ],
)
def test_an_accented_name_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
