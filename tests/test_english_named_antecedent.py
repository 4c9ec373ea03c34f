"""«he» after a part that asks a person by a command (en30): «Name the Roman emperor …», «Give
the name of the ruler …» ask a person as «who» does, so «he», «him», «his» in the next part is
the one person its answer names. Each as the user sees the reply."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # «him» is the chief the first answer names, not the Prophet's stay at Tabuk.
        (
            "Name the chief of Dumat al-Jandal. What did the Prophet do with him?",
            ["ukaydir", "ukaydir"],
        ),
        (
            "Name the Roman emperor at the time of Tabuk. What did he pay his soldiers?",
            ["heraclius", "heraclius"],
        ),
        (
            "State the name of the companion who gave 950 camels. What else did he give?",
            ["uthman_donation", "uthman_donation"],
        ),
        (
            "Identify the leader of the expedition of Tabuk. What did he announce in Rajab?",
            ["leader", "mobilisation"],
        ),
    ],
)
def test_he_after_a_name_command_is_the_person_named(
    english_engine: EnglishEngine, message: str, fact_ids: list[str]
) -> None:
    assert answered_facts(english_engine, message) == fact_ids
    plain = render_english(english_engine.answer(message), english_engine).plain
    for fact_id in fact_ids:
        english = english_engine.matcher.english(fact_id)
        assert english is not None
        assert english.answer in plain


def test_he_after_a_name_command_is_not_the_prophet(english_engine: EnglishEngine) -> None:
    # «he» is Heraclius: the Prophet's leading of the army does not answer whether he led his.
    message = "Name the Roman emperor. Did he lead his army to Tabuk?"
    assert answered_facts(english_engine, message) == ["heraclius", None]
    reply = render_english(english_engine.answer(message), english_engine).plain
    leader = english_engine.matcher.english("leader")
    assert leader is not None
    assert leader.answer not in reply


def test_a_name_command_naming_no_person_adds_none(english_engine: EnglishEngine) -> None:
    # «Name the army»: its answer names no person, so «it» keeps the army as the subject.
    message = "Name the army of Tabuk. How many men were in it?"
    assert answered_facts(english_engine, message) == ["army_name", "army_size"]
