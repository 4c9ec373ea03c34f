"""English: «When the Muslims reached Tabuk, what did they find?» is one question whose time
clause sets the scene of the question about its doer (knowledge/english_joins.
_time_clauses_joined); cut at the comma, the clause was asked as a question of its own («When
…» read as asking a date) and the reply had a part nobody asked."""

import pytest

from knowledge.english_forms import split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("When the Prophet arrived at Tabuk, what did he do?", "stationing"),
        ("When the Romans heard of the army, how did they react?", "roman_surprise"),
        ("When Khalid reached Dumat al-Jandal, who did he capture?", None),
    ],
)
def test_a_time_clause_is_the_scene_of_one_question(english_engine, message, fact) -> None:
    (part,) = split_message(message).parts
    assert part.text.lower().startswith(("what", "how", "who"))
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    "message", ["When was Tabuk, who led it?", "when tabuk happened, who led it?"]
)
def test_a_question_of_when_stays_a_question(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["date", "leader"]
