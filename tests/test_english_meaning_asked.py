"""English: a meaning asked («What does ghazwa mean?») is answered only by a fact whose own
meaning phrasings name what is defined (knowledge/english_entry.defines_asked): the army's
name explains «Jaysh al-Usrah», not the word for an expedition."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "What does ghazwa mean?",
        "What is the meaning of ghazwa?",
        "What does the word ghazwah mean in Arabic?",
    ],
)
def test_a_word_no_fact_defines_is_not_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    "message",
    [
        "What does Usrah mean?",
        "What does Jaysh al-Usrah mean?",
        "What is the meaning of the name Jaysh al-Usrah?",
        "What does the army of hardship mean?",
        "What is the meaning of Jaish al Usra?",
        "I am an army with a name that means hardship. What is my name?",
    ],
)
def test_the_name_a_fact_explains_is_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["army_name"]


def test_a_meaning_claimed_is_judged_by_the_name_it_is_claimed_of(english_engine) -> None:
    # Only the words before «means» are what is defined; the rest is the meaning claimed.
    message = "True or False: Jaish al-Usrah means the army of victory."
    answer = english_engine.answer(message).parts[0]
    assert answer.decision.fact is not None and answer.decision.fact.id == "army_name"
    assert answer.verdict is False
