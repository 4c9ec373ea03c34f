"""Questions about Mu'tah itself, the battle the text tells as Tabuk's background
(knowledge/english_mutah.py, knowledge/english_refusals.py): a fact that never mentions
Mu'tah does not answer them; what the text says of Mu'tah (three commanders fell, its place
in the story) is answered; what it does not (Mu'tah's own causes, its fighters' numbers) is
still refused."""

import pytest

from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        # Tabuk's outcome («Who won at Tabuk?») never mentions Mu'tah.
        "Who won the fight at Mu'tah?",
        "did the muslims win at mutah",
        # A count the Mu'tah fact states: «the three commanders».
        "How many Muslim commanders were killed at Mu'tah?",
        # Its place in the story, not its own causes.
        "why is mutah mentioned in the story",
    ],
)
def test_a_question_about_mutah_is_answered_by_its_fact(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == ["mutah"]


@pytest.mark.parametrize(
    "message",
    [
        "How many soldiers did the Romans bring to Mu'tah?",
        "What caused the battle of Mu'tah?",
        "Why did the Prophet send an army to Mu'tah?",
    ],
)
def test_what_the_text_does_not_tell_of_mutah_is_refused(
    english_engine: EnglishEngine, message: str
) -> None:
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == [None]
    assert reply.parts[0].decision.outcome in (EnglishOutcome.OTHER_EVENT, EnglishOutcome.GAP)


def test_a_question_placed_at_tabuk_is_still_tabuks(english_engine: EnglishEngine) -> None:
    # Naming Tabuk, the question is about Tabuk's outcome, not Mu'tah's.
    assert answered_facts(english_engine, "Who won at Tabuk, unlike at Mu'tah?") != ["mutah"]


def test_mutah_as_a_point_in_time_is_not_the_subject(english_engine: EnglishEngine) -> None:
    # «before Mu'tah» says when: the envoy is asked about, whose name the text does not give.
    assert answered_facts(english_engine, "Which messenger was murdered before Mu'tah?") != [
        "mutah"
    ]


@pytest.mark.parametrize(
    "message",
    [
        # Who won or lost, asked of no battle by name: Tabuk's (no fight), never Mu'tah's
        # defeat, which the asker would take for Tabuk's.
        "did the muslims defeat the romans",
        "Did the Muslims beat the Byzantines at Tabuk?",
        "Were the Romans beaten?",
        "Was Tabuk a defeat for the Muslims?",
        "Who lost, the Muslims or the Romans?",
    ],
)
def test_who_won_asked_of_no_battle_is_not_mutahs(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) in (
        ["no_battle"],
        ["outcome"],
        [None],
    )


@pytest.mark.parametrize(
    "message",
    [
        # A battle asked for, or what only Mu'tah's fact tells (saving the army).
        "Which battle did the Muslims lose to the Romans?",
        "Who saved the Muslim army from defeat?",
        "Did the Muslims lose at Mu'tah?",
        # An attack before Tabuk, or its commanders (Tabuk had one).
        "Did the Romans attack the Muslims before Tabuk?",
        "Who killed the commanders?",
    ],
)
def test_a_lost_battle_asked_for_is_still_mutah(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) == ["mutah"]


@pytest.mark.parametrize(
    "message",
    [
        "True or false: the Muslims defeated the Romans at Tabuk.",
        "True or false: The Romans were beaten at Tabuk.",
    ],
)
def test_a_claimed_defeat_at_tabuk_is_false_by_a_fact_denying_the_fight(
    english_engine: EnglishEngine, message: str
) -> None:
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) in (["no_battle"], ["outcome"])
    assert reply.parts[0].verdict is False


def test_an_attack_asked_of_no_battle_is_not_mutahs(english_engine: EnglishEngine) -> None:
    # Mu'tah's phrasings ask of an attack before Tabuk; placed nowhere, it is not Mu'tah's.
    assert answered_facts(english_engine, "Did the Romans attack the Muslims?") != ["mutah"]
