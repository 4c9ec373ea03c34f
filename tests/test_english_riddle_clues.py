"""Issue 17 (en24): a «Who am I?» riddle read clue by clue when read whole it is left between
facts, and an exam paper's lettered sub-part kept as one question."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id", "name"),
    [
        (
            "Who am I? I gave everything I had, and left Allah and His Messenger for my children.",
            "abu_bakr_donation",
            "Abu Bakr",
        ),
        (
            "I gave all my wealth for the army and kept nothing. Who am I?",
            "abu_bakr_donation",
            "Abu Bakr",
        ),
        (
            "Who am I? My life was spared by the Prophet, and I returned to my village.",
            "ukaydir",
            "Ukaydir",
        ),
    ],
)
def test_the_clues_the_text_gives_name_the_speaker(
    english_engine: EnglishEngine, message: str, fact_id: str, name: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
    assert name in render_english(english_engine.answer(message), english_engine).plain


def test_a_person_a_clue_names_is_not_the_speaker(english_engine: EnglishEngine) -> None:
    message = (
        "Who am I? I ruled Dumat al-Jandal. Khalid's detachment reached me, my blood was "
        "spared, and I returned to my village."
    )
    assert answered_facts(english_engine, message) == ["ukaydir"]


def test_clues_naming_two_people_are_not_answered_by_one(english_engine: EnglishEngine) -> None:
    message = "Who am I? I gave 950 camels, and I gave half of my wealth."
    assert answered_facts(english_engine, message) == [None]


def test_a_lettered_sub_part_is_one_question(english_engine: EnglishEngine) -> None:
    message = (
        "Q3 (a) Who was Heraclius and what did he give his soldiers? [4]\n"
        "(b) Why did the Prophet not attack the Romans? [3]"
    )
    assert len(split_message(message).parts) == 2
    assert answered_facts(english_engine, message) == ["heraclius", "no_battle"]


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # Read whole, «complained about the heat» (no fact tells it) left it asked back; two
        # clues name the hypocrites and none names another fact.
        ("We stayed home, complained about the heat and tried to stop others from going."
         " Who are we?", ["hypocrites"]),
    ],
)  # fmt: skip
def test_a_groups_riddle_is_read_clue_by_clue(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
