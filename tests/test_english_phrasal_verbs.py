"""Phrasal verbs of sending and setting out (knowledge/english_phrases.py PHRASES): the
particle of «sent off», «sent out», «set off» adds nothing the facts tell, so it does not
leave the statement unsettled. Each is shown as the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        "True or false: Khalid was sent out to Dumat al-Jandal.",
        "T/F: During Tabuk, Khalid ibn al-Walid was sent off to Dumat al-Jandal.",
        "True or false: the Prophet sent forth Khalid to Dumat al-Jandal.",
    ],
)
def test_a_sending_with_its_particle_is_settled(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["dumat_aljandal"]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_TRUE), plain


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        ("Who was sent off to Dumat al-Jandal?", "dumat_aljandal", "Khalid ibn al-Walid"),
        ("In which month did the Muslims set off for Tabuk?", "date", "Rajab"),
    ],
)
def test_a_question_with_the_particle_is_answered(english_engine, message, fact, said) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain
