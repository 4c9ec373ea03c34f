"""A figure the text gives only as a bound is not confirmed as a plain figure
(knowledge/english_counts.bound_as_exact): «40,000 soldiers went to Tabuk» against «more than
40,000» is not settled, and the reply gives the text's figure; «more than», «over», «at least
40,000» agree with it, and another figure is false."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "True or false: 40,000 soldiers went to Tabuk.",
        "The Muslim army at Tabuk was 40,000. True or false?",
        "True or false: The Muslim army was forty thousand strong.",
    ],
)
def test_a_bound_given_as_a_plain_figure_is_not_settled(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert not plain.startswith((texts.EN_TRUE, texts.EN_FALSE))
    assert "more than forty thousand (40,000)" in plain


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("True or false: More than 40,000 Muslims marched to Tabuk.", texts.EN_TRUE),
        ("True or false: over 40,000 soldiers went to Tabuk.", texts.EN_TRUE),
        ("True or false: at least 40,000 soldiers went to Tabuk.", texts.EN_TRUE),
        ("True or false: 30,000 soldiers went to Tabuk.", texts.EN_FALSE),
    ],
)
def test_a_bound_or_another_figure_is_settled(english_engine, message, verdict) -> None:
    assert answered_facts(english_engine, message) == ["army_size"]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(verdict)


@pytest.mark.parametrize(
    "message",
    [
        "True or False: the Muslim army was 50,000",
        "True or false: over 50,000 Muslims marched to Tabuk.",
        "True or false: the Muslim army numbered fewer than 50,000.",
        "Is it true that the Muslims at Tabuk numbered 60,000?",
    ],
)
def test_a_figure_above_the_bound_is_not_settled(english_engine, message) -> None:
    """«more than 40,000» allows 50,000 and does not state it (it was «False»)."""
    (part,) = english_engine.answer(message).parts
    assert part.decision.fact is not None and part.decision.fact.id == "army_size"
    assert part.verdict is None
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert not plain.startswith((texts.EN_TRUE, texts.EN_FALSE))


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("True or false: the Muslim army was more than 30,000.", True),
        ("True or false: the Muslim army was 30,000.", False),
        ("True or false: only 20,000 Muslims went to Tabuk.", False),
        # a figure refuted by the bound still settles the claim beside one above it
        ("True or false: 50,000 Muslims fought the Romans at Tabuk.", False),
    ],
)
def test_figures_the_bound_settles_stay_settled(english_engine, message, verdict) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.verdict is verdict
