"""Two readings of issue 17 (en24): «once …» opens a clause that sets the scene, as «when …»
does («What did the Prophet do at Tabuk once the enemy ran away?» asks what he did); and a
statement that a battle was fought at Tabuk is settled false by the fact that says no
fighting took place, even when its other words («against the Byzantines») keep other facts
close."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("what did the prophet do at tabuk once the enemy ran away", "stationing"),
        ("What did the Romans do once the Muslims reached Tabuk?", "roman_surprise"),
    ],
)
def test_a_once_clause_sets_the_scene(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        "The Prophet's army fought the Byzantines in a long battle at Tabuk. T/F",
        "True/False: the Muslims fought a fierce battle against the Romans at Tabuk.",
    ],
)
def test_a_battle_claimed_at_tabuk_is_false(english_engine: EnglishEngine, message: str) -> None:
    reply = english_engine.answer(message)
    (part,) = reply.parts
    assert part.fact is not None and part.fact.id == "no_battle"
    assert part.verdict is False
    plain = render_english(reply, english_engine).plain
    assert plain.startswith("خطأ") and "False." in plain


@pytest.mark.parametrize(
    "message",
    [
        # A battle named elsewhere, or a side taken, is no claim of a battle at Tabuk.
        "Fill the gap: the three Muslim commanders were killed at the Battle of ______.",
        "True or False: The Ghassanids fought on the side of the Muslims.",
    ],
)
def test_other_fighting_is_not_read_as_the_battle_at_tabuk(
    english_engine: EnglishEngine, message: str
) -> None:
    assert "no_battle" not in answered_facts(english_engine, message)
