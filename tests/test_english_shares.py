"""A share of someone's wealth written as a percentage is the share the facts tell in words
(«50% of his property» is Umar's half, «100% of his wealth» Abu Bakr's all); a percentage that
is no share of something («100% sure») changes nothing. Each row as the user asks it."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_shares import shares_in_words
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Who gave 50% of his property?", "umar_donation"),
        ("Which companion donated 50 percent of his wealth for Tabuk?", "umar_donation"),
        ("Who gave 100% of his wealth to equip the army?", "abu_bakr_donation"),
    ],
)
def test_a_share_as_a_percentage_is_the_donor_who_gave_it(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who gave 50% of his property?", "Who gave half of his property?"),
        ("fifty per cent of his wealth", "half of his wealth"),
        ("I am 100% sure it was Rajab", "I am 100% sure it was Rajab"),
        ("30,000 soldiers, 50% on foot", "30,000 soldiers, 50% on foot"),
    ],
)
def test_only_a_share_of_something_is_told_in_words(text: str, expected: str) -> None:
    assert shares_in_words(text) == expected
