"""«تاجر» (a merchant) and «تجارة» (trade) are words of their own (knowledge/synonyms.py),
never «ت» + «اجر», the wage Heraclius paid: «عبد الرحمن بن عوف كان تاجرا» was «خطأ» by
Heraclius's year of pay. The wage itself is still read as before. And an indefinite role
said of a person («خالد بن الوليد كان قائدا») is not corrected by the expedition's leader."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.stemming import stem
from tests.message_helpers import assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    ["عبد الرحمن بن عوف كان تاجرا. صح أم خطأ؟", "عبد الرحمن بن عوف كان تاجر؟"],
)
def test_a_merchant_is_not_judged_by_a_wage(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.verdict is None for part in reply.parts), text
    assert all(part.fact is None or part.fact.id != "heraclius" for part in reply.parts), text


def test_the_wage_is_still_judged(answerer: FormAnswerer) -> None:
    assert_verdict(
        answerer, "أعطى هرقل جنوده المرتزقة أجرة سنة مقدما. صح أم خطأ؟", True, "heraclius"
    )


def test_trade_words_keep_their_own_stem() -> None:
    assert stem("تاجر") == stem("التجار") != stem("اجره")


@pytest.mark.parametrize(
    "message", ["خالد بن الوليد كان قائدا. صح أم خطأ؟", "كان عمر بن الخطاب قائدا (   )"]
)
def test_an_indefinite_role_said_of_a_person_is_not_judged_by_the_leader(
    answerer: FormAnswerer, message: str
) -> None:
    """Asked «من كان قائد» (a commander, of anything), the leader of the expedition is no
    correction: the claim names nothing he led (knowledge/statements.py, _thin)."""
    reply, text = reply_to(answerer, message)
    assert all(part.verdict is None for part in reply.parts), text


@pytest.mark.parametrize(
    "message", ["القائد في غزوة تبوك هو عمر بن الخطاب (   )", "القائد هو أبو بكر (  )"]
)
def test_the_leader_said_of_another_is_still_false(answerer: FormAnswerer, message: str) -> None:
    assert_verdict(answerer, message, False, "leader")
