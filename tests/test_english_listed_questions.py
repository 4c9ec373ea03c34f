"""Questions listed under a heading that asks nothing (knowledge/english_listed_questions.py):
each item opening with a question word is a question of its own, not an option of the
heading; a real question's options (values) stay options."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_listed_questions import items_ask
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "the last ones on my sheet:\n- where was Khalid sent during Tabuk\n"
            "- what did Dumat al-Jandal agree to pay\n- how long did Khalid's trip take",
            ["dumat_aljandal", "jizya", None],
        ),
        (
            "Three for tonight:\n• why did the Romans pull back\n• where did the army camp",
            ["roman_surprise", "stationing"],
        ),
    ],
)
def test_each_listed_question_is_answered(
    english_engine: EnglishEngine, message: str, fact_ids: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == fact_ids


@pytest.mark.parametrize(
    ("stem", "options", "asks"),
    [
        ("my sheet:", ["where was Khalid sent", "what did Ayla pay"], True),
        # Values are options; a stem that asks keeps its options.
        ("Which tribe joined the Romans:", ["Ghassan", "Quraysh"], False),
        ("Which is asked in the paper?", ["who led it", "when was it"], False),
        ("my sheet:", ["who led it"], False),
    ],
)
def test_when_items_are_questions(stem: str, options: list[str], asks: bool) -> None:
    assert items_ask(stem, options) is asks
