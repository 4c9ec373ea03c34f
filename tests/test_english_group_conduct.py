"""The state of a group known by its faith is its conduct (knowledge/english_conduct.py):
«the condition of the munafiqun» is what the hypocrites did, not the hard conditions of the
time; the conditions of the Muslims or of Madinah stay the hardship."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Describe the condition of the munafiqun at the time of Tabuk.", "hypocrites"),
        ("What was the state of the hypocrites when the call for Tabuk came?", "hypocrites"),
        ("The hypocrites' condition at Tabuk", "hypocrites"),
        ("Explain the state of mind of the munafiqeen at Tabuk. [4]", "hypocrites"),
        ("What was the stance of the munafiqs towards the expedition?", "hypocrites"),
        ("What was the condition of the sincere believers when the call came?", "believers"),
        # The conditions of the time, of a place or of all the Muslims are the hardship.
        ("What was the condition of the Muslims at the time of Tabuk?", "hardship"),
        ("Describe the conditions in Madinah when the army was prepared.", "hardship"),
    ],
)
def test_the_state_of_a_faith_group_is_its_conduct(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
