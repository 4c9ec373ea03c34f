"""English: a follow-up part read with the part before it was asked back, but the fact that
reading puts first is the one the part answers on its own — both readings agree, so it answers
(«- who commanded the army of Tabuk - when did it take place»: «army» carried in was what the
date leaves unexplained), when its question word asks the kind of answer that fact gives. A
part pointing at people («he», «they») is not answered alone: on its own the pronoun is nobody
(knowledge/english_unpointed.agreed_alone)."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "exam prep list:\n- who led the army of Tabuk\n- when did it take place",
            ["leader", "date"],
        ),
        ("Who led the army of Tabuk? Where did it camp?", ["leader", "stationing"]),
    ],
)
def test_a_follow_up_both_readings_agree_on_is_answered(english_engine, message, expected):
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    "message",
    [
        "(a) Give an account of Khalid's mission to Dumat al-Jandal. "
        "(b) How many men went with him?",
        "What did the Romans do before Tabuk, and how many troops did they have?",
    ],
)
def test_a_part_pointing_at_people_is_not_answered_alone(english_engine, message):
    # alone, «him» and «they» are nobody: the Muslim army's size is not their count
    second = english_engine.answer(message).parts[1]
    assert second.fact is None or second.fact.id != "army_size"


def test_a_follow_up_asking_no_kind_is_not_answered_alone(english_engine) -> None:
    # «what did the Prophet do then?» says nothing of the fact it would get alone
    reply = english_engine.answer("why did the romans pull back what did the prophet do then")
    assert reply.parts[1].fact is None


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # a bare «why» asks why it was done, not why the army carried in was named
        ("Who led the army to Tabuk, and why?", ["leader", "reasons"]),
        # the name told before is what «why» asks about
        ("The army of Tabuk was called Jaysh al-Usrah. Why?", ["army_name"]),
    ],
)
def test_a_bare_why_after_the_army(english_engine, message, expected) -> None:
    assert answered_facts(english_engine, message) == expected
