"""English: who a group given by a count was («who the three commanders were») is not told by
a fact that only counts it («the three commanders who led the battle»): asked back with that
fact, never answered with it (knowledge/english_untold._counted_unnamed); a count that is the
object of the deed asked («Who gave 950 camels?») still names its giver."""

import pytest

from tests.english_helpers import answered_facts


def test_a_group_only_counted_is_asked_back(english_engine) -> None:
    # («… remind me who the three commanders were that got killed?», this rule's first case,
    # is now the known gap of their names: en52's embedded-order lookup comes first)
    message = "Who were the three men who led the battle at Mu'tah?"
    (part,) = english_engine.answer(message).parts
    assert not part.answered
    assert [fact.id for fact in part.decision.suggestions] == ["mutah"]


def test_the_commanders_asked_in_the_statement_order_are_the_known_gap(english_engine) -> None:
    message = (
        "Listening to a lecture on Mu'tah, remind me who the three commanders were that got "
        "killed?"
    )
    (part,) = english_engine.answer(message).parts
    assert not part.answered and part.decision.gap == "mutah_commanders"


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Who gave 950 camels?", "uthman_donation"),
        ("Who gave 950 camels and 50 horses?", "uthman_donation"),
        ("Who saved the army at Mu'tah?", "mutah"),
    ],
)
def test_a_count_of_what_was_done_still_answers(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
