"""Where a reported claim was heard, and who reported it, are no part of the claim
(knowledge/english_reporters.py): a talk, a lesson, a book or a post, with the point in it
(«At the start of the video …»), a teacher named with a subject («My Islamiyat teacher said
…»), and after a setting a pronoun («In the lecture they said …»)."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_reporters import without_reporter
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        (
            "At the start of the video the speaker said Uthman gave 950 camels for the army,"
            " true?",
            "uthman_donation",
            texts.EN_TRUE,
        ),
        (
            "At the beginning of the lecture the sheikh said Tabuk was in Rajab, right?",
            "date",
            texts.EN_TRUE,
        ),
        (
            "In the lecture they said Tabuk was the last expedition, true or false?",
            "last_expedition",
            texts.EN_TRUE,
        ),
        (
            "In the documentary they said the army was 30000 men, is that correct?",
            "army_size",
            texts.EN_FALSE,
        ),
        (
            "My Islamiyat teacher said Tabuk was in Ramadan, is that true?",
            "date",
            texts.EN_FALSE,
        ),
        ("My Islamiyat teacher said Tabuk was in Ramadan. True or false?", "date", texts.EN_FALSE),
        ("In my book it says Umar gave half his wealth, true?", "umar_donation", texts.EN_TRUE),
        (
            "On a reel I saw that the Romans fought the Muslims at Tabuk, true?",
            "no_battle",
            texts.EN_FALSE,
        ),
        (
            "In the video he said the Romans fought the Muslims at Tabuk, true?",
            "no_battle",
            texts.EN_FALSE,
        ),
        (
            "I watched a video that said Tabuk was in Ramadan, is that true?",
            "date",
            texts.EN_FALSE,
        ),
        (
            "In the Friday khutbah the imam said Abu Bakr gave all his wealth, right?",
            "abu_bakr_donation",
            texts.EN_TRUE,
        ),
        (
            "The guest speaker on the podcast said the army was called the army of hardship,"
            " right?",
            "army_name",
            texts.EN_TRUE,
        ),
        (
            "True or false: in the video the presenter said Uthman gave 950 camels for the army.",
            "uthman_donation",
            texts.EN_TRUE,
        ),
    ],
)
def test_a_claim_heard_in_a_setting_is_settled(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    ("claim", "left"),
    [
        ("At the start of the video the presenter said Tabuk was in Rajab", "Tabuk was in Rajab"),
        (
            "In the last part of the lecture the sheikh said the army was large",
            "the army was large",
        ),
        ("In episode 4 of the seerah podcast the host said Khalid went", "Khalid went"),
        ("My Islamic studies teacher told us that Khalid went", "Khalid went"),
        ("In my textbook it says Khalid went", "Khalid went"),
        # Without a setting a pronoun may be the people of the story speaking.
        ("They said it was too hot to go out", "They said it was too hot to go out"),
        # In an exam statement without a tag, anyone who «said» may be the claim itself.
        (
            "The hypocrites said do not go out in the heat",
            "The hypocrites said do not go out in the heat",
        ),
    ],
)
def test_the_reporter_and_setting_are_cut(claim, left) -> None:
    assert without_reporter(claim) == left
