"""«as a whole» asks the whole of what it follows; it is not «all» («a general call»), which
read it as the general mobilisation (knowledge/english_phrases.py)."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Tell me about the expedition as a whole", "overview"),
        ("Describe the Tabuk campaign as a whole. [6]", "overview"),
        ("How many Muslims went to Tabuk as a whole?", "army_size"),
    ],
)
def test_as_a_whole_asks_the_whole_of_it(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
