"""A count of the Romans' army claimed in a statement is the known gap of their numbers
(knowledge/english_side_counts.py): the text never counts them, and the Muslim army's
«more than 40,000» does not settle it (it was «False» for «the Byzantine army was 50,000
strong»)."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "True or false: the Byzantine army was 50,000 strong",
        "True or false: The Romans had 60,000 soldiers",
        "True or false: Heraclius gathered 40,000 men",
        "The Romans gathered 40,000 soldiers in al-Sham. True or false?",
        "True or false: the enemy numbered 70,000",
    ],
)
def test_a_count_of_the_romans_is_their_numbers_gap(english_engine, message) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.decision.gap == "roman_troops"


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # the Muslims counted: their own fact
        ("True or false: more than 40,000 Muslims marched to Tabuk.", ["army_size"]),
        # a sum of money is no headcount
        ("True or false: Heraclius paid his soldiers a year's pay in advance.", ["heraclius"]),
    ],
)
def test_other_counts_are_not_the_romans(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
