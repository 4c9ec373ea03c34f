"""Chat and note-taking shorthand for joining words (en73): «b/c», «coz» (because), «w/»
(with), «w/o» (without) and «the exp.» (the expedition) are read as the words they stand for;
read as letters they were words no fact knows and the question was asked back."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_normalize import normalize_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("pulled back b/c of the Muslims", "pulled back because of the muslims"),
        ("coz it was hot", "because it was hot"),
        ("camels w/ horses", "camels with horses"),
        ("stayed w/o excuse", "stayed without excuse"),
        ("for the exp.", "for the expedition"),
        # near misses: «Exp.» opening a paper's question may be «explain»; «bc» may be the era;
        # «w/e» is «whatever».
        ("Exp. the reasons", "exp the reasons"),
        ("600 bc", "600 bc"),
        ("w/e", "w e"),
    ],
)
def test_shorthand_is_read_as_its_words(text: str, normalised: str) -> None:
    assert normalize_english(text) == normalised


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Why did the Romans pull back b/c of the Muslims?", "roman_surprise"),
        ("What did Abu Bakr (ra) give for the exp.?", "abu_bakr_donation"),
    ],
)
def test_a_question_in_shorthand_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
