"""«Who» is not answered by a fact whose answer names no one (knowledge/english.py, the type
check): «What was Jaysh al-Usrah and who named it?» tells the name, not its giver."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # an answer naming no one does not say who (the name is told, its giver is not)
        ("What was Jaysh al-Usrah and who named it?", ["army_name", None]),
        ("Who called it the army of hardship?", [None]),
        # an answer naming a doer still answers «who»
        ("Who paid the jizya?", ["jizya"]),
    ],
)
def test_who_asked_of_an_answer_naming_no_one(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
