"""Names as learners transliterate them (en71): the Arabic plural of the Ghassanids
(«al-Ghasasina») and a dropped «h» («Gassan») are the Ghassanids."""

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Who were the Ghasasina?", ["roman_allies"]),
        ("Which tribes came with the Romans, the Ghassasinah?", ["roman_allies"]),
        # near miss: another people named in a transliteration the base does not know
        ("Who were the Manadhira?", [None]),
    ],
)
def test_the_ghassanids_in_their_arabic_plural(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected
