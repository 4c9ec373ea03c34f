"""The other side's own army (en62): «Heraclius led his army in person to Tabuk» tells of the
Romans' army; the leader fact tells the Muslims' («The Prophet led the expedition himself»), so
it does not settle the statement (it was «False» as a deed given to the wrong person). A deed
told of the Muslims' army with a Roman named as its doer stays false. Each as the user sees
the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


def test_the_romans_own_army_is_not_the_muslims(english_engine) -> None:
    reply = english_engine.answer("True or false: Heraclius led his army in person to Tabuk.")
    assert all(part.verdict is None for part in reply.parts)


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("True or false: Heraclius led the Muslim army.", "leader", texts.EN_FALSE),
        ("True or false: Heraclius paid his soldiers a month in advance.", "heraclius",
         texts.EN_FALSE),
        ("True or false: The Romans withdrew their army into their own lands.",
         "roman_surprise", texts.EN_TRUE),
    ],
)  # fmt: skip
def test_told_of_that_side_it_is_settled(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)
