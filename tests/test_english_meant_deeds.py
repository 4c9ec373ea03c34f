"""A deed a statement says was only meant (en62): «The Romans planned (wanted) to attack but
then fell back» is close to several facts (the gathering, the retreat, no battle); the one
fact near it whose answer says that doer only meant that deed («after they had been the ones
who wanted to attack») confirms it. «planned» is read as «wanted» is (a slip-mending had made
it «panned», as in «panned out», a result). Each as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        ("True or false: the Romans planned to attack but then fell back.", "roman_surprise",
         texts.EN_TRUE),
        ("T/F for review: the Byzantines originally planned to attack, but at Tabuk they ended "
         "up on the defensive.", "roman_surprise", texts.EN_TRUE),
        ("True or false: The Romans were the ones who wanted to attack.", "roman_surprise",
         texts.EN_TRUE),
        # What a doer did not mean stays false by the fact that says so.
        ("True or false: the Prophet planned to attack the Romans after they withdrew.",
         "no_battle", texts.EN_FALSE),
    ],
)  # fmt: skip
def test_the_fact_telling_the_meant_deed_settles(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_a_meant_deed_of_another_doer_is_not_confirmed(english_engine) -> None:
    reply = english_engine.answer("True or false: The hypocrites wanted to attack the Romans.")
    assert all(part.verdict is not True for part in reply.parts)
