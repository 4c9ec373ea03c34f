"""How the expedition ended, asked in chat English (en52): «wrap up», «turn out», «play out»
ask how it ended, and a side after «for» («… end for the Muslims») is who it ended for, not
who did it: the outcome answers, not the Mu'tah defeat of the Muslims."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "how did tabuk end for the muslims",
        "How did the Tabuk campaign turn out for the Muslims?",
        "so how did the expedition of Tabuk wrap up",
        "how did it all play out at Tabuk in the end",
    ],
)
def test_how_it_ended_is_the_outcome(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["outcome"]


def test_how_a_side_acted_keeps_its_doer(english_engine) -> None:
    # The Muslims as the doer: their preparation, not the Romans' build-up.
    assert answered_facts(english_engine, "how did the muslims prepare for tabuk") == ["hardship"]
