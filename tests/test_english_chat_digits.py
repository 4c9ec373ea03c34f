"""Romanised Arabic with chat digits in English messages (en56): «3uthman», «jaysh al 3usra»,
«ra7man», «qa2id» are names and words the text knows, spelt as people type Arabic on a phone
(«qital», «sabab» too); numbers, ordinals and paper numbering keep their digits."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("what did 3uthman give for jaysh al 3usra", ["uthman_donation"]),
        ("why was it named jaysh al 3usra?", ["army_name"]),
        ("3umar ibn al khattab gave what for tabuk", ["umar_donation"]),
        ("did 3abdur ra7man bin 3awf donate for the army?", ["abdulrahman_donation"]),
        ("who was the qa2id of ghazwat tabuk", ["leader"]),
        # Arabic words in Latin letters: «qital» is fighting, «sabab/asbab» the reasons.
        ("was there any qital at tabuk?", ["no_battle"]),
        ("what were the asbab of ghazwat tabuk", ["reasons"]),
        # What the text does not state stays unstated, however it is spelt.
        ("how many dinars did 3uthman give", [None]),
    ],
)  # fmt: skip
def test_chat_digits_are_read_as_letters(english_engine: EnglishEngine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("3uthman", "uthman"),
        ("jaysh al 3usra", "jaysh al usra"),
        ("ra7man", "rahman"),
        ("5alid", "khalid"),
        ("mu3tah", "mutah"),
        # Numbers stay numbers: ordinals, units, the era, digits typed apart or as a code.
        ("the 3rd caliph", "the 3rd caliph"),
        ("in the 2nd year", "in the 2nd year"),
        ("5km away", "5km away"),
        ("3days later", "3days later"),
        ("9ah", "9ah"),
        ("r2q7", "r2q7"),
        ("3 camels", "3 camels"),
    ],
)
def test_which_digits_are_letters(text, normalised) -> None:
    assert normalize_english(text) == normalised
