"""A statement in the passive whose participle its fact never tells (en69): «The hypocrites
were praised in the Quran» was «True» by the hypocrites' fact, whose answer names them and
the Qur'an («verses … were revealed about them») and so covered more than half the statement;
the praise, the whole claim, is nowhere in that fact's English. Unsettled now; a participle
the fact tells («spared», «sent», «called») is judged as before (knowledge/english_predicates.py
`unstated_passive`). As the user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english


@pytest.mark.parametrize(
    "message",
    [
        "True or false: the hypocrites were praised in the Quran.",
        "True or False: Abu Bakr was praised by the Romans for his gift.",
        "True or false: the hypocrites were rewarded by the Prophet after Tabuk.",
    ],
)
def test_a_deed_the_fact_never_tells_leaves_the_statement_unsettled(
    english_engine, message
) -> None:
    reply = english_engine.answer(message)
    assert all(part.verdict is None for part in reply.parts)
    assert not render_english(reply, english_engine).plain.startswith(texts.EN_TRUE)


@pytest.mark.parametrize(
    "message",
    [
        "True or false: Ukaydir was spared and set free.",
        "True or false: Khalid was sent to Dumat al-Jandal with a detachment.",
        "True or false: The army of Tabuk was called the Army of Hardship.",
        "True or false: The Romans were taken by surprise by the size of the Muslim army.",
    ],
)
def test_a_participle_the_fact_tells_is_still_true(english_engine, message) -> None:
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        texts.EN_TRUE
    )
