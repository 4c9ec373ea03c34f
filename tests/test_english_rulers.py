"""A ruler asked by the people or place he ruled is answered only by a fact that names them
(knowledge/english_rulers.py): the text never names the Ghassanids' king, and Heraclius, the
Romans' king, is not he."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("Who was the ruler of Dumat al-Jandal?", ["ukaydir"]),
        ("Who was the king of the Romans?", ["heraclius"]),
        ("I was the emperor of the Byzantines and paid my soldiers in advance. Who am I?",
         ["heraclius"]),
    ],
)  # fmt: skip
def test_a_ruler_named_by_his_people_is_answered(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        "Who am I? I was the king of the Ghassanids, an ally of the Byzantine emperor.",
        "Who was the king of the Ghassanids?",
    ],
)
def test_another_peoples_ruler_is_not_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
