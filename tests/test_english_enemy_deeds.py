"""What the enemy did at a time (issue 17, en27; knowledge/english_side_deeds.py): «before
Tabuk» is the Romans' build-up, a clause of the Muslims arriving or the Prophet camping at
Tabuk is their retreat, and a fact about another subject (Heraclius, the allied tribes, the
Prophet's own stay) is not what is asked of the enemy. Also: a month spelt with its
apostrophe among options («Sha'ban») makes the stem ask a time, and «got there» arrives."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts

BUILD_UP = "gathered large forces of mercenary soldiers in al-Sham"
RETREAT = "they fell back into their own lands"


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("What did the Romans do before Tabuk?", [BUILD_UP]),
        ("what did the byzantines do before the campaign", [BUILD_UP]),
        ("What did the Roman soldiers do when the Prophet camped at Tabuk?", [RETREAT]),
        ("What did the Byzantines do while the Prophet stayed at Tabuk?", [RETREAT]),
        # Caesar's army (South Asian «Qaiser-e-Rum») is the Roman army.
        ("what did Qaiser-e-Rum's army do when Rasool Allah SAW reached Tabook?", [RETREAT]),
        (
            "What did the Romans do before Tabuk, and what did they do once the Muslims arrived?",
            [BUILD_UP, RETREAT],
        ),
        (
            "What did the Romans do before Tabuk?\nAnd what did they do when the Muslim army "
            "got there?",
            [BUILD_UP, RETREAT],
        ),
    ],
)
def test_the_enemy_deed_at_the_time_asked(english_engine: EnglishEngine, message, english) -> None:
    reply = english_engine.answer(message)
    assert len(reply.parts) == len(english)
    plain = render_english(reply, english_engine).plain
    for text in english:
        assert text in plain
    if len(english) == 2:
        assert plain.index(english[0]) < plain.index(english[1])


@pytest.mark.parametrize(
    "message",
    [
        # The Prophet's stay is the scene, not the enemy's deed.
        "What did the Roman soldiers do when the Prophet camped at Tabuk?",
        "What did the Byzantines do while the Prophet stayed at Tabuk?",
    ],
)
def test_the_scene_is_not_the_answer(english_engine: EnglishEngine, message: str) -> None:
    assert answered_facts(english_engine, message) == ["roman_surprise"]


@pytest.mark.parametrize(
    "message",
    [
        # Without a time the enemy's deeds are several facts: asked back, not guessed.
        "what did the romans do",
        # The Muslims' side is the whole story, not the one fact left (their number).
        "What did the Muslims do at Tabuk?",
    ],
)
def test_no_time_no_single_deed(english_engine: EnglishEngine, message: str) -> None:
    assert answered_facts(english_engine, message) == [None]


def test_a_month_with_its_apostrophe_is_a_time_option(english_engine: EnglishEngine) -> None:
    message = (
        "The Prophet ﷺ announced the call for Tabuk in the month of ...\n"
        "A- Sha'ban   B- Rajab   C- Ramadan   D- Muharram"
    )
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == ["date"]
    assert "Answer: (B) Rajab\n" in render_english(reply, english_engine).plain
