"""Two guesses after an English question (en71, knowledge/english_or_guesses.py): «Who led the
army to Tabuk, the Prophet or Khalid?» is answered as the question; «X or Y?» after an answered
question is the asker's guess at it."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_or_guesses import only_guesses, question_without_guesses
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # was a confident wrong answer: Khalid's detachment to Dumat al-Jandal
        ("Who led the army to Tabuk, the Prophet or Khalid?", ["leader"]),
        ("Who led the army to Tabuk? The Prophet or Khalid?", ["leader"]),
        ("When did Tabuk happen, Rajab or Ramadan?", ["date"]),
        ("Who gave half his wealth for Tabuk, Umar or Abu Bakr?", ["umar_donation"]),
        # near miss: without its two names «Which came first?» asks nothing: kept whole
        ("Which came first, Mu'tah or Tabuk?", ["mutah"]),
    ],
)
def test_guesses_after_a_question_are_settled_by_its_answer(
    english_engine: EnglishEngine, message: str, expected: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Who led the army, the Prophet or Khalid?", "Who led the army?"),
        # near misses: a verdict asked, a reason asked, a yes/no question: no guesses
        ("How many went, true or false?", None),
        ("Why did they stay, why or why not?", None),
        ("Was Tabuk against the Romans or the Persians?", None),
    ],
)
def test_the_question_without_its_guesses(text: str, stem: str | None) -> None:
    assert question_without_guesses(text) == stem


@pytest.mark.parametrize(
    ("text", "guesses"),
    [
        ("The Prophet or Khalid?", True),
        ("abu bakr or uthman?", True),
        ("Is it in Rome or somewhere in Arabia?", False),
        ("true or false?", False),
    ],
)
def test_a_part_made_only_of_guesses(text: str, guesses: bool) -> None:
    assert only_guesses(text) is guesses
