"""A yes/no question led by a fact that answers yes or no (en59): «Did the Muslims fight at
Tabuk?» is answered «No, no fighting took place…»; the enemy's fact and the Romans' gathering
share its words but neither say yes or no nor state the fighting asked, so they are no
rivals. A rival that states the deed asked stays one."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Did the Muslims fight at Tabuk?", ["no_battle"]),
        ("did the romans fight?", ["no_battle"]),
        ("who did the prophet go out against at tabuk? did they actually fight? and how did it "
         "end", [None, "no_battle", "outcome"]),
        ("Did the Muslims fight at Tabuk, and why did the Prophet not pursue the Romans?",
         ["no_battle", "no_battle"]),
    ],
)  # fmt: skip
def test_yes_no_question_is_answered_by_the_fact_saying_no(english_engine, message, facts):
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        # words the leader's answer does not state: still asked back
        "was there a fight wit the romance",
    ],
)
def test_yes_no_question_the_leader_does_not_state_is_asked_back(english_engine, message):
    assert answered_facts(english_engine, message) == [None]
