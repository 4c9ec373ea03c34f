"""Riddles under a heading of their own and spoken with «I'm» typed without its apostrophe
(knowledge/english_riddles.py, knowledge/english_lexicon.py): a heading of up to three words
before a colon or a spaced dash («Brain teaser:», «Quiz night riddle –») is no part of the
description, and «im», «ive» are «I'm», «I've», no words a fact must know."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # Read «Which month was Brain teaser: is the month …?»: asked back.
        ("Brain teaser: I'm the month in 9 AH when the call to Tabuk was made. Which month am I?",
         ["date"]),
        ("Family quiz - I'm the emperor who paid his soldiers a year in advance. Who am I?",
         ["heraclius"]),
    ],
)  # fmt: skip
def test_a_riddle_under_a_heading_is_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        # A place with a dash in its name is no heading.
        "Dumat al-Jandal was where I ruled until Khalid came. Who am I?",
    ],
)
def test_a_name_with_a_dash_is_no_heading(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["ukaydir"]


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # «im», «ive» were unknown words: the claim was left unsettled or asked back.
        ("true or false im sure umar gave half his wealth", True),
        ("ive read that the hypocrites stayed behind, true or false", True),
    ],
)
def test_im_and_ive_typed_without_apostrophe(english_engine, message, verdict) -> None:
    assert english_engine.answer(message).parts[0].verdict is verdict
