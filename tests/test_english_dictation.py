"""Dictated and chatted English (en52): punctuation spoken into voice dictation («question
mark», «full stop», «comma») is punctuation; the bot addressed by name («hey bot») asks
nothing, and alone it is a greeting; fillers («um», «erm») are no content. Today's Tabuk is
found by its folded names too: «whats the weather in tabook» asks about the city. Each as the
user sees the reply."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english import EnglishOutcome
from knowledge.english_asides import without_greetings
from knowledge.english_dictation import spoken_punctuation
from tests.english_helpers import answered_facts


def test_weather_in_a_misspelt_tabuk_is_today(english_engine) -> None:
    reply = english_engine.answer("whats the weather in tabook this week")
    assert reply.parts[0].decision.outcome is EnglishOutcome.MODERN


@pytest.mark.parametrize(
    ("message", "outcome"),
    [("hey bot", EnglishOutcome.WELCOME), ("thanks bot", EnglishOutcome.THANKS)],
)
def test_bot_addressed_alone(english_engine, message, outcome) -> None:
    assert english_engine.answer(message).parts[0].decision.outcome is outcome


def test_bot_addressed_before_a_question(english_engine) -> None:
    assert answered_facts(english_engine, "hey bot when did the prophet go to tabook") == ["date"]


def test_fillers_are_no_content(english_engine) -> None:
    # «um», «erm» are no words of the story: «um bot» asks what «bot» alone would.
    assert answered_facts(english_engine, "um bot what did uthman give for the army") == [
        "uthman_donation"
    ]


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("basically what was the army called", "army_name"),
        ("alright so who was the emperor of the romans question mark", "heraclius"),
    ],
)
def test_spoken_openers_ask_nothing(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_question_word_after_an_opener_gives_the_type(english_engine) -> None:
    # «um when …» asks when: the date, not a question back between the date and the reasons.
    assert answered_facts(english_engine, "um so when did the Prophet set out for tabuk") == [
        "date"
    ]


def test_dictated_questions_are_each_answered(english_engine) -> None:
    message = "who led the army question mark how many men were in it question mark"
    assert answered_facts(english_engine, message) == ["leader", "army_size"]


def test_dictated_claim_gets_its_verdict(english_engine) -> None:
    message = "umar gave all his wealth full stop true or false question mark"
    assert answered_facts(english_engine, message) == ["umar_donation"]
    assert render_english(english_engine.answer(message), english_engine).plain.startswith(
        texts.EN_FALSE
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who led it question mark", "who led it?"),
        ("abu bakr gave all full stop true question mark", "abu bakr gave all. true?"),
        (
            "when did the prophet comma peace be upon him comma go",
            "when did the prophet, peace be upon him, go",
        ),
        # «period» may be a span of time: it stays.
        ("the period after tabuk", "the period after tabuk"),
    ],
)
def test_spoken_punctuation(text, expected) -> None:
    assert spoken_punctuation(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("um so when did it happen", "when did it happen"),
        # Greetings alone leave nothing, as before the openers were read; an opener alone stays.
        ("assalamu alaikum sister", ""),
        ("salam brother", ""),
        ("so", "so"),
        # Inside the question «brother» is kin, and an opener is a word of the question.
        ("who was heraclius brother", "who was heraclius brother"),
        ("was the army well equipped", "was the army well equipped"),
    ],
)
def test_without_greetings(words, expected) -> None:
    assert " ".join(without_greetings(words.split())) == expected
