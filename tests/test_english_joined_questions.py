"""Several English questions run together in one sentence (issue 17, en33): «also», «and also»,
«plus», commas between questions, a preposition before the question word in a serial list,
and run-on chat with no punctuation; each question is answered in its place, a part the text
does not state says so, and a relative clause or an embedded question is no new question."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import split_message
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "What did Umar give, also what did Abu Bakr give?",
            ["umar_donation", "abu_bakr_donation"],
        ),
        ("how many men went plus who led them", ["army_size", "leader"]),
        (
            "Tell me who went to Dumat al-Jandal and also what its people paid",
            ["dumat_aljandal", "jizya"],
        ),
        (
            "what did heraclius pay his men and also where did the romans gather",
            ["heraclius", "roman_mobilisation"],
        ),
        # A preposition before the question word in a serial list: «against whom».
        (
            "Tabuk expedition: when, against whom, and how did it end?",
            ["date", "enemy", "outcome"],
        ),
        # Commas between questions that each have their own verb.
        (
            "When was Tabuk, who was the enemy, how many Muslims went?",
            ["date", "enemy", "army_size"],
        ),
        ("who gave all his wealth, who gave half", ["abu_bakr_donation", "umar_donation"]),
        # Run-on chat: no punctuation at all.
        ("when was tabuk who led it how many men", ["date", "leader", "army_size"]),
        (
            "why tabuk happened what was the army size who was the enemy",
            ["reasons", "army_size", "enemy"],
        ),
        # «and name one Companion who …»: a count of one opens the second command.
        (
            "State two reasons for the Tabuk expedition and name one Companion who gave all his "
            "wealth. (3 marks)",
            ["reasons", "abu_bakr_donation"],
        ),
        # A part the text does not state stays unanswered in its place.
        ("what did heraclius pay his men plus how many soldiers did he have", ["heraclius", None]),
    ],
)
def test_each_joined_question_is_answered(english_engine: EnglishEngine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


@pytest.mark.parametrize(
    "message",
    [
        # A relative clause after a person or a group is no new question.
        "Who was the companion who gave half his wealth?",
        "Why did the Prophet not attack the Romans who had retreated?",
        "Who was the companion, who gave half his wealth?",
        # A question inside a sentence: «tell me what …», «do you know why …».
        "tell me what heraclius gave his soldiers",
        "do you know why the romans retreated",
        # A full stop inside is no run-on line: the sentences are cut there already.
        "What did the Prophet do when the Romans left",
    ],
)
def test_one_question_stays_one(message) -> None:
    assert len(split_message(message).parts) == 1


def test_run_on_parts_are_labelled_in_the_reply(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer("when was tabuk who led it how many men")
    plain = render_english(reply, english_engine).plain
    assert plain.index("(1) when was tabuk") < plain.index("Rajab")
    assert plain.index("(2) who led it") < plain.index("(3) how many men")
    assert "40,000" in plain[plain.index("(3) how many men") :]


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # A comma between commands: each command asks its own question.
        (
            "State the year of the Tabuk expedition, name the Roman emperor who paid the "
            "soldiers and state the number of days the Muslims camped at Tabuk.",
            ["date", "heraclius", None],
        ),
        ("State the date of Tabuk, name the leader of the Muslim army", ["date", "leader"]),
        # A yes/no question about someone named, run on after a question.
        (
            "where did khalid go during tabuk what happened to ukaydir did he become a muslim",
            ["dumat_aljandal", "ukaydir", None],
        ),
    ],
)
def test_commands_and_yes_no_questions_are_parts(
    english_engine: EnglishEngine, message, facts
) -> None:
    assert answered_facts(english_engine, message) == facts


def test_one_part_naming_three_donors_is_not_one_donors_answer(
    english_engine: EnglishEngine,
) -> None:
    # Read as one part, a question about three people, each with a fact of his own, is not
    # answered by one of them (it got Abd al-Rahman's).
    message = (
        "Kindly tell me, Hazrat Abu Bakr Siddique (ra) what he gave in Tabuk, Hazrat Umar (ra) "
        "what he gave, and Abdur Rahman bin Auf (ra) also gave anything?"
    )
    reply = english_engine.answer(message)
    assert reply.parts[0].fact is None
