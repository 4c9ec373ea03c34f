"""A true/false statement that gives the army another name than the text's («the Army of
Victory») is false against the fact naming it (knowledge/english_army_names.py); one that
tells a party a deed its own fact denies («The hypocrites joined the army and fought») is
corrected by that party's own fact, not by the fact denying the battle in general
(knowledge/english_denials.py)."""

from __future__ import annotations

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine


def _reply(engine: EnglishEngine, message: str) -> tuple[str | None, str]:
    reply = engine.answer(message)
    part = reply.parts[0]
    return (part.fact.id if part.fact else None), render_english(reply, engine).plain


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("The army of victory was the name given to the army of Tabuk.", texts.EN_FALSE),
        (
            "True or false: the Muslim army at Tabuk was called the army of conquest.",
            texts.EN_FALSE,
        ),
        # The text's own name, in other words, is true.
        ("The army of Tabuk was called the army of difficulty. T/F", texts.EN_TRUE),
        ("T/F: the army of Tabuk was called Jaysh al-Usrah.", texts.EN_TRUE),
        # What the title means, said as another title, is false too.
        ("T or F - Jaysh ul Usrah means the army of triumph", texts.EN_FALSE),
    ],
)
def test_another_name_for_the_army_is_false(
    english_engine: EnglishEngine, message: str, opening: str
) -> None:
    fact_id, text = _reply(english_engine, message)
    assert fact_id == "army_name"
    assert text.startswith(opening), text
    assert "Army of Hardship" in text, text


def test_whose_army_it_was_is_no_other_name(english_engine: EnglishEngine) -> None:
    # «the army of the Muslims» says whose army it was; the reason for its name is the text's.
    _, text = _reply(english_engine, "The army of the Muslims was named after the hardship. T/F")
    assert not text.startswith(texts.EN_FALSE), text
    _, text = _reply(english_engine, "True or false: Jaish al-Usrah means the army of Islam.")
    assert not text.startswith(texts.EN_FALSE), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("The hypocrites joined the army and fought bravely at Tabuk. T/F?", "hypocrites"),
        # A battle claimed of the Romans is still corrected by the fact denying any battle.
        ("The Romans fought the Muslims at Tabuk. T/F", "no_battle"),
    ],
)
def test_a_deed_claimed_of_a_party_is_corrected_by_its_own_fact(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    got, text = _reply(english_engine, message)
    assert got == fact_id
    assert text.startswith(texts.EN_FALSE), text
