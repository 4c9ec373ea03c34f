"""«he», «him» after a «who» part is the person that part was answered with (issue 17):
«(i) Who was the chief of Dumat al-Jandal? (ii) What did the Prophet do with him?»
(knowledge/english_antecedent.py)."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts", "said"),
    [
        (
            "(i) Who was the chief of Dumat al-Jandal? (ii) What did the Prophet do with him? [3]",
            ["ukaydir", "ukaydir"],
            "spared his life",
        ),
        (
            "Who was the Roman emperor? What did he give his soldiers?",
            ["heraclius", "heraclius"],
            "a year's pay in advance",
        ),
    ],
)
def test_him_is_the_person_answered_before(english_engine, message, facts, said) -> None:
    assert answered_facts(english_engine, message) == facts
    second = render_english(english_engine.answer(message), english_engine).plain.split("(2)")[1]
    assert said in second


def test_a_new_who_question_asks_another_person(english_engine) -> None:
    # «his» in a second «who» question is the giver asked, not the one answered before.
    assert answered_facts(english_engine, "who gave half his wealth? and who gave all of it?") == [
        "umar_donation",
        "abu_bakr_donation",
    ]


@pytest.mark.parametrize(
    "message",
    [
        # «it» is no person: after a part naming the Prophet and Tabuk it points to Tabuk.
        "Why did the Prophet march to Tabuk? How did it end?",
        "When did the Prophet go out to Tabuk, and how did it end?",
    ],
)
def test_it_points_to_the_thing_not_the_prophet(english_engine, message) -> None:
    assert answered_facts(english_engine, message)[1] == "outcome"
