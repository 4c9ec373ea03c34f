"""A claim someone reported, then a tag asking whether it holds (issue 17, en34).

Who reported it, and where it was heard, are no part of the claim: «In episode 14 the speaker
said …», «I heard in the lecture that …», «ppl in the gc saying …»; the tag may be the
asker's doubt («That's not true right?»), chat («cap or true?», «true or cap?») or «was that
really the case?». And a deed an answer says never happened («No, no fighting took place»)
happened with no one: «The Prophet fought Heraclius himself» is false, whoever is named."""

import pytest

from bot import texts
from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        (
            "In yesterday's halaqa the ustadh said Umar gave half of his wealth. Is that right?",
            "umar_donation",
            texts.EN_TRUE,
        ),
        (
            "At the lecture the speaker said Tabuk happened in Ramadan. Is that correct?",
            "date",
            texts.EN_FALSE,
        ),
        (
            "I heard at the masjid that Khalid was sent to Dumat al-Jandal. Is that right?",
            "dumat_aljandal",
            texts.EN_TRUE,
        ),
        (
            "people in my class saying abu bakr gave all his wealth, cap or true?",
            "abu_bakr_donation",
            texts.EN_TRUE,
        ),
        (
            "everyone in the group chat saying heraclius paid his soldiers a year in advance,"
            " true or cap?",
            "heraclius",
            texts.EN_TRUE,
        ),
        (
            "Someone told me the hypocrites joined the army eagerly. That's not true right?",
            "hypocrites",
            texts.EN_FALSE,
        ),
        (
            "I read in a book that Uthman gave 950 camels for the army. was that really the case?",
            "uthman_donation",
            texts.EN_TRUE,
        ),
    ],
)
def test_reported_claim_is_settled(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    "message",
    [
        "True or false: the Muslims fought Heraclius's army at Tabuk.",
        "T/F: The Prophet battled the Ghassanids at Tabuk.",
        "guys in the gc said the Prophet attacked the Romans in their own lands at Tabuk, cap or"
        " true?",
    ],
)
def test_a_deed_that_never_happened_is_false_with_anyone(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == ["no_battle"]
    plain = render_english(english_engine.answer(message), english_engine).plain
    assert plain.startswith(texts.EN_FALSE)


def test_a_claim_the_text_does_not_state_stays_unsettled(english_engine) -> None:
    message = "people on tiktok saying abd al-rahman ibn awf gave 40,000 dinars, cap or true?"
    assert answered_facts(english_engine, message) == [None]


@pytest.mark.parametrize(
    ("message", "fact", "verdict"),
    [
        # A word that only rounds the number after it says nothing of its own.
        (
            "True or false: The Muslim army at Tabuk was around 10,000 men.",
            "army_size",
            texts.EN_FALSE,
        ),
        ("True or false: Uthman gave around 950 camels.", "uthman_donation", texts.EN_TRUE),
        (
            "True or false: The Muslim army at Tabuk was roughly 30,000 strong.",
            "army_size",
            texts.EN_FALSE,
        ),
    ],
)
def test_a_rounded_number_is_checked_as_the_number(english_engine, message, fact, verdict) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(verdict)


def test_a_count_the_text_never_gives_stays_unsettled(english_engine) -> None:
    assert answered_facts(english_engine, "True or false: Khalid had about 420 horsemen.") == [
        None
    ]
