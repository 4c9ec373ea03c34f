"""Questions that name the subject with its year or its march, or only set a scene (issue 17,
en17f probe): the year and the march place the subject, a naming is not a gift, and a scene
alone is not answered by a fact whose own subject is a name the question does not say."""

import pytest

from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The year after the subject only places it.
        ("Why did the Tabuk campaign (9 AH) take place?", "reasons"),
        ("Against whom was the Tabuk campaign (9 AH)?", "enemy"),
        ("Why did the Prophet announce the general call to arms in 9 AH? [3]", "reasons"),
        # Asked by the year itself, it still says when.
        ("When did Tabuk happen, 9 AH?", "date"),
        # «the march to Tabuk» names the expedition.
        ("Give an account of the march to Tabuk.", "overview"),
        ("Write an account of the Tabuk march", "overview"),
        ("Explain the hardships of the march to Tabuk. [2]", "hardship"),
        # «the name given to the army» is its name, not what was given to it.
        ("Explain the title Jaish al-Usrah given to the army. [3]", "army_name"),
        ("What was the name given to the army of Tabuk?", "army_name"),
        # A name asked of the army is its name, scene words or not.
        ("Give the name of the army and explain it", "army_name"),
        # The Byzantine threat is the Romans' build-up.
        ("Describe the threat from the Byzantine Empire before Tabuk.", "roman_mobilisation"),
        ("Explain the threat posed by the Byzantines before Tabuk. (4)", "roman_mobilisation"),
    ],
)
def test_the_subject_placed_or_named_other_ways(
    english_engine: EnglishEngine, question: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, question) == [fact_id]


@pytest.mark.parametrize(
    "question",
    [
        # Only the scene: Khalid's mission and the army's name are not what is asked.
        "What did the army do at Tabuk?",
        "What did the Muslims do at Tabuk?",
    ],
)
def test_a_scene_alone_is_not_answered_by_a_named_subject(
    english_engine: EnglishEngine, question: str
) -> None:
    facts = answered_facts(english_engine, question)
    assert "dumat_aljandal" not in facts and "army_name" not in facts


def test_the_reply_to_a_year_placed_question_tells_the_causes(
    english_engine: EnglishEngine,
) -> None:
    reply = english_engine.answer("Why did the Tabuk campaign (9 AH) take place?")
    plain = render_english(reply, english_engine).plain
    assert reply.parts[0].decision.outcome is EnglishOutcome.ANSWER
    assert "In English:" in plain
    assert "Among the causes of Tabuk" in plain


def test_the_reply_to_the_name_given_to_the_army_is_its_name(
    english_engine: EnglishEngine,
) -> None:
    plain = render_english(
        english_engine.answer("Explain the title Jaish al-Usrah given to the army. [3]"),
        english_engine,
    ).plain
    assert "Army of Hardship" in plain
    assert "950 camels" not in plain
