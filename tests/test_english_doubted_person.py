"""A «who» question after a reported claim asks who really did it, not the person the claim
names (en68, knowledge/english_doubted.py); a question pointing at that person with «he» keeps
him. Read as the user sees the reply: the facts answered."""

from __future__ import annotations

import pytest

from knowledge.english_doubted import without_doubted
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "So I got into an argument with my cousin, he reckons Khalid ibn al-Walid led the "
            "whole Tabuk campaign. Who actually led it?",
            ["leader"],
        ),
        ("Someone told me Heraclius led the army of Tabuk. Who really led it?", ["leader"]),
        # Abu Bakr's own fact was the answer to who gave the half he did not give
        ("My friend says Abu Bakr gave half his wealth for Tabuk. Who really did?", [None]),
    ],
)
def test_the_doubted_person_is_not_the_subject(
    english_engine: EnglishEngine, message: str, facts: list[str | None]
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_a_pointed_person_stays_the_subject(english_engine: EnglishEngine) -> None:
    # «he» is the person the claim named: the claim's persons stay in the reading
    reader = english_engine.matcher.reader
    preamble = "My teacher said Khalid went to Dumat al-Jandal."
    context = reader.read(preamble)
    kept = without_doubted(reader, context, preamble, "Who did he capture there?")
    assert kept is not None and "khalid" in kept.terms
    dropped = without_doubted(reader, context, preamble, "Who really went there?")
    assert dropped is not None and "khalid" not in dropped.terms
    # a count asked of him is his own gift
    message = "My teacher said Uthman gave a lot for Tabuk. How many camels did he give?"
    assert answered_facts(english_engine, message) == ["uthman_donation"]
