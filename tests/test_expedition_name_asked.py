"""«ما اسم الغزوة؟»: the expedition's own name asked is not the army's name, its leader's or
the enemy's (knowledge/expedition_name.py): no fact asked the name of something else answers
it (what the user sees); the army's name asked as such still is."""

from __future__ import annotations

import pytest

from knowledge.expedition_name import asks_the_expedition_s_name
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from tests.message_helpers import answer_text, assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "ما اسم الغزوة؟",
        "غزوه وش اسمها؟",
        "الغزوة دي اسمها ايه؟",
        "ما اسم الغزوة؟\n- كانت ضد البيزنطيين والغساسنة\n- جيشها جيش العسرة\n- انتهت دون قتال",
    ],
)
def test_the_expeditions_name_is_not_the_armys(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert not {"army_name", "leader", "enemy"} & set(given), text
    assert answer_text(answerer, "army_name") not in text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("ما اسم جيش غزوة تبوك؟", "army_name", "جيش العسرة"),
        ("شو اسم قائد الغزوة؟", "leader", "النبي"),
    ],
)
def test_another_things_name_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("ما اسم الغزوة", True),
        ("الغزوة وش اسمها", True),
        ("ما اسم جيش الغزوة", False),
        ("الغزوة اللي اسم جيشها العسرة", False),
    ],
)
def test_which_words_ask_the_expeditions_name(question: str, asks: bool) -> None:
    assert asks_the_expedition_s_name(tuple(normalize(question).split())) is asks
