"""Chat in lower case: «… tabuk. also/btw/plus what …» after a full stop opens another question
(en68, knowledge/english_pieces.py, knowledge/english_asking.piece_asks); a lower-case question
word after a full stop without such a joiner keeps the clause before it («… camels. how many
camels did he give»: «he» points into it). Read as the user sees the reply: the facts answered."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("when was tabuk. plus who was the enemy", ["date", "enemy"]),
        (
            "who led the army of tabuk. also how many men went with him",
            ["leader", "army_size"],
        ),
    ],
)
def test_a_joiner_after_a_full_stop_opens_a_question(
    english_engine: EnglishEngine, message: str, facts: list[str]
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_a_bare_question_word_keeps_the_clause_before(english_engine: EnglishEngine) -> None:
    message = (
        "hi im 10 and my mum told me a story about uthman giving loads of camels. "
        "how many camels did he give"
    )
    assert answered_facts(english_engine, message) == ["uthman_donation"]
