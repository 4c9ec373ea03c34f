"""English chat messages (knowledge/english_courtesy.py): the asker's greetings, apologies,
thanks and circumstances around a question, and a claim asked about by a tag («…, right?»)."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.base import load_shipped
from knowledge.engine import shipped_gaps
from knowledge.english_courtesy import drop_talk, tagged_claim
from knowledge.english_data import load_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form, split_message

FACTS = load_shipped().facts


@pytest.fixture(scope="module")
def engine() -> EnglishEngine:
    return EnglishEngine(FACTS, load_english(), shipped_gaps())


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Assalamu alaikum brother, my teacher gave us homework and I'm stuck, "
            "did the prophet make treaties with the people of ayla?",
            "did the prophet make treaties with the people of ayla?",
        ),
        (
            "sorry for bothering, quick question: tabook was against who?",
            "tabook was against who?",
        ),
        ("JazakAllah khair in advance. what did usman give?", "what did usman give?"),
        (
            "who were the muslims fighting at tabuk JazakAllah khair",
            "who were the muslims fighting at tabuk",
        ),
        ("what did umar give? thanks in advance", "what did umar give?"),
        (
            "Hey, my little brother asked me this and I didn't know: who was hiraql?",
            "who was hiraql?",
        ),
        # Words of the text are never talk: the clause stays.
        ("My teacher says the army was 30,000. Is that right?", None),
        ("I'm writing about the hypocrites: what did they do?", None),
        # Nothing but talk: the message is read as it is.
        ("Assalamu alaikum, JazakAllah khair", None),
    ],
)
def test_the_askers_talk_around_a_question_is_dropped(message, question) -> None:
    assert drop_talk(message) == (question or message)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Assalamu alaikum brother, my teacher gave us homework and I'm stuck, "
            "did the prophet make treaties with the people of ayla? thanks in advance",
            "treaties",
        ),
        ("sorry for bothering, quick question: tabook was against who?", "enemy"),
        (
            "Hi everyone. was the messenger of the prophet attacked by the ghassanids?",
            "envoy_assault",
        ),
        ("JazakAllah khair in advance. can u tell me about ghazwa tabuk pls?", "overview"),
        ("who were the muslims fighting at tabuk JazakAllah khair", "enemy"),
        ("My kids asked me tonight: did the arabs fear fighting the rum?", "arab_fear"),
        (
            "Assalamualaikum! my teacher asked why tabuk happened. can u explain in easy words",
            "reasons",
        ),
    ],
)
def test_a_question_wrapped_in_talk_is_answered_by_its_fact(engine, message, fact_id) -> None:
    part = engine.answer(message).parts[0]
    assert part.answered and part.fact is not None and part.fact.id == fact_id
    english = engine.matcher.english(fact_id)
    assert english is not None
    assert english.answer in render_english(engine.answer(message), engine).plain


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        ("umar gave all his wealth, right?", "umar gave all his wealth"),
        ("the muslim army was like 30k right", "the muslim army was like 30k"),
        ("heraclius was the roman emperor, correct?", "heraclius was the roman emperor"),
        (
            "I heard the army was called jaish al usrah, is that true?",
            "the army was called jaish al usrah",
        ),
        (
            "My friend says the Ghassanids were allies of the Romans. true or not?",
            "the Ghassanids were allies of the Romans",
        ),
        ("when was tabuk", None),
    ],
)
def test_a_tag_after_a_claim_leaves_the_claim(message, claim) -> None:
    assert tagged_claim(message) == claim


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("umar gave all his wealth, right?", texts.EN_FALSE),
        ("tabuk was the last ghazwa of the prophet, yes?", texts.EN_TRUE),
        ("heraclius was the roman emperor, correct?", texts.EN_TRUE),
        ("Khalid was sent to dumat al jandal, true?", texts.EN_TRUE),
        ("Is it true the hypocrites joined the army?", texts.EN_FALSE),
        ("I heard the army of tabuk was called jaish al usrah, is that true?", texts.EN_TRUE),
    ],
)
def test_a_claim_asked_by_a_tag_is_settled(engine, message, verdict) -> None:
    reply = engine.answer(message)
    assert reply.parts[0].part.form is Form.TRUE_FALSE
    assert render_english(reply, engine).plain.startswith(verdict)


@pytest.mark.parametrize(
    "message",
    [
        "who led tabuk, right?",  # a question before the tag stays a question
        "what did uthman give, correct?",
    ],
)
def test_a_tag_after_a_question_is_no_statement(message) -> None:
    assert split_message(message).parts[0].form is Form.QUESTION


@pytest.mark.parametrize(
    "message",
    [
        "salam, quick question: who led the romans at tabuk",
        "who commanded the byzantines at tabuk?",
    ],
)
def test_who_led_the_romans_is_not_the_prophets_leading(engine, message) -> None:
    part = engine.answer(message).parts[0]
    assert not part.answered
