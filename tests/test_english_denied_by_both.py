"""English statements close to several facts (knowledge/english_close_facts.denied_by_one): an
answer opening «No, …» denies its own clause («No, no fighting took place»), and when both of
the two closest facts deny what is claimed, the closer one settles it as false; a claim naming
what no fact knows («against the Quraysh») is not settled by that denial."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("True or False: The Romans were defeated in a great battle at Tabuk.", "no_battle"),
        ("True or false: The Romans fought a fierce battle against the Muslims at Tabuk.", None),
    ],
)
def test_a_fight_denied_by_the_closest_facts_is_false(english_engine, message, fact) -> None:
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_FALSE), plain
    if fact is not None:
        assert answered_facts(english_engine, message) == [fact]


def test_a_claim_of_an_unknown_enemy_is_not_settled_by_the_denial(english_engine) -> None:
    message = "True or false: Tabuk was fought against the Quraysh."
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert not plain.startswith((texts.EN_TRUE, texts.EN_FALSE)), plain
