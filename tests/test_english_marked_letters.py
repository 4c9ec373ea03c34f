"""Latin letters with marks (en59): a scholarly transliteration («Tabūk», «Abū Bakr», «Muʿtah»),
Turkish («Tebük», «Dumetü'l-Cendel») or French spelling is read with the plain letters people
type; before, the marked letter cut the word in two («tab k») and the answer was lost."""

import pytest

from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tabūk", "tabuk"),
        ("Abū Bakr", "abu bakr"),
        ("Muʿtah", "mutah"),
        ("Qurʾān", "quran"),
        ("Dumetü'l-Cendel", "dumetul cendel"),
        ("Ḥārith", "harith"),
        ("Héraclius", "heraclius"),
        # Arabic words in an English message keep their letters
        ("غزوة تبوك", "غزوة تبوك"),
    ],
)
def test_marked_latin_letters_read_plain(text, expected) -> None:
    assert normalize_english(text) == expected


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("When was the expedition of Tabūk?", "date"),
        ("What did Abū Bakr give?", "abu_bakr_donation"),
        ("Who was Ukaydir of Dūmat al-Jandal?", "ukaydir"),
        ("What did ʿUthmān ibn ʿAffān give for the army of al-ʿUsrah?", "uthman_donation"),
    ],
)
def test_transliterated_question_is_answered(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
