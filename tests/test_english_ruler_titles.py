"""«prince», «emir» and «captive» are read (they were unknown to every fact): a prince or the
emir of a place or people is its ruler, an emir of the army its commander, and «taken
captive» is captured, a detail the text does not state of Ukaydir
(knowledge/english_concepts.py, knowledge/english_text.py, knowledge/data/english.json)."""

from __future__ import annotations

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("Who was the prince of Dumat al-Jandal?", "ukaydir"),
        ("who was the emir of dumat al jandal", "ukaydir"),
        ("What happened to the prince of Dumat al-Jandal?", "ukaydir"),
        ("Who was the emir of the Romans?", "heraclius"),
        # An emir (amir) of an army is its commander, not a king.
        ("Who was the amir of the army at Tabuk?", "leader"),
        ("who was the amir of the tabuk expedition", "leader"),
    ],
)
def test_a_prince_or_emir_is_read(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        "Was Ukaydir taken captive?",
        "Who took Ukaydir captive?",
        "Ukaydir was taken captive by Khalid. True or false?",
        # The text names no one who captured him: neither true nor false.
        "Ukaydir was captured by Ali.",
    ],
)
def test_ukaydirs_capture_is_a_detail_the_text_does_not_state(
    english_engine: EnglishEngine, message: str
) -> None:
    reply = english_engine.answer(message)
    assert [part.decision.gap for part in reply.parts] == ["ukaydir_capture"]
    text = render_english(reply, english_engine).plain
    assert not text.startswith((texts.EN_TRUE, texts.EN_FALSE)), text


def test_the_prince_of_a_place_the_text_gives_no_ruler_for_is_not_guessed(
    english_engine: EnglishEngine,
) -> None:
    assert answered_facts(english_engine, "Who was the prince of Ayla?") == [None]
