"""English chat messages (knowledge/english_courtesy.py): the asker's greetings, apologies,
thanks and circumstances around a question, and a claim asked about by a tag («…, right?»)."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.base import load_shipped
from knowledge.english_courtesy import drop_talk, tagged_claim
from knowledge.english_forms import Form, split_message
from knowledge.english_riddles import ask_last, riddle_question
from knowledge.lexicon import QuestionType
from tests.english_helpers import answered_facts

FACTS = load_shipped().facts


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
        (
            "Hi! hope you're fine :) what did Usman bin Affan donate",
            "what did Usman bin Affan donate",
        ),
        (
            "Assalamualaikum everyone! Studying for my islamiat paper - what was the army called?",
            "what was the army called?",
        ),
        # Words of the text are never talk: the clause stays.
        ("My teacher says the army was 30,000. Is that right?", None),
        ("I'm writing about the hypocrites: what did they do?", None),
        # Nothing but talk: the message is read as it is.
        ("Assalamu alaikum, JazakAllah khair", None),
        # A web page's title pasted whole: the site's name after «|» asks nothing.
        (
            "Why did the hypocrites stay behind from Tabuk? | Seerah Study Notes Online",
            "Why did the hypocrites stay behind from Tabuk?",
        ),
        # Two words or fewer after «|» may be the asker's guess: kept.
        ("Who led the army to Tabuk | Abu Bakr", None),
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
        # (en57) chat's «w» for «with», and «the guy» before a name, ask nothing
        ("what happened w the guy ukaydir after tabuk", "ukaydir"),
        ("what did the prophet do w the dude who ruled dumat al jandal", "ukaydir"),
        (
            "Assalamualaikum! my teacher asked why tabuk happened. can u explain in easy words",
            "reasons",
        ),
    ],
)
def test_a_question_wrapped_in_talk_is_answered_by_its_fact(
    english_engine, message, fact_id
) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.answered and part.fact is not None and part.fact.id == fact_id
    english = english_engine.matcher.english(fact_id)
    assert english is not None
    assert english.answer in render_english(english_engine.answer(message), english_engine).plain


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
def test_a_claim_asked_by_a_tag_is_settled(english_engine, message, verdict) -> None:
    reply = english_engine.answer(message)
    assert reply.parts[0].part.form is Form.TRUE_FALSE
    assert render_english(reply, english_engine).plain.startswith(verdict)


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
def test_who_led_the_romans_is_not_the_prophets_leading(english_engine, message) -> None:
    part = english_engine.answer(message).parts[0]
    assert not part.answered


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "i was chief of dumatul jandal and was set free. who am i",
            "Who was chief of dumatul jandal and was set free?",
        ),
        ("I gave 950 camels and 50 horses. who am i?", "Who gave 950 camels and 50 horses?"),
        (
            "I am a battle before Tabuk where the three commanders fell. Which battle am I?",
            "Which battle was before Tabuk where the three commanders fell?",
        ),
        (
            "I am a place that made peace on paying jizya. What am I?",
            "Which place made peace on paying jizya?",
        ),
        (
            "I am the army that was formed in heat and drought, what is my name?",
            "What is the name of the army that was formed in heat and drought?",
        ),
        (
            "We were Arabs allied to the Romans. Who are we?",
            "Who were Arabs allied to the Romans?",
        ),
        (
            "I was the companion who gave half my wealth. Who am I?",
            "Which companion gave half his wealth?",
        ),
        # No speaker, no riddle: «who am I» must follow a first-person description.
        ("Who am I?", None),
        ("Heraclius was the Roman king. Who am I?", None),
    ],
)
def test_a_riddle_is_read_as_the_question_it_asks(message, question) -> None:
    assert riddle_question(message) == question


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("i was chief of dumatul jandal and was set free. who am i", "ukaydir"),
        ("I gave 950 camels and 50 horses. who am i?", "uthman_donation"),
        (
            "I am a battle before Tabuk where the three commanders fell and Khalid saved the "
            "army. Which battle am I?",
            "mutah",
        ),
        ("We stayed behind and tried to weaken the fighters. Who are we?", "hypocrites"),
        ("I was the companion who gave half my wealth. Who am I?", "umar_donation"),
        # The riddle's question put first is the same riddle.
        (
            "Who am I? I was the chief of Dumat al-Jandal. My blood was spared and I was let "
            "go back to my village.",
            "ukaydir",
        ),
        ("Guess who I am: I gave 950 camels and 50 horses", "uthman_donation"),
        # «Name me.» after a deed asks its doer (it was read as the army's name, a wrong
        # answer); «Who was I?» asks as «Who am I?» does (it was cut into two parts)
        (
            "Riddle: I donated 950 camels and 50 horses for the army of hardship. Name me.",
            "uthman_donation",
        ),
        (
            "I was the ruler who submitted to Khalid and was brought before the Prophet, who "
            "spared my life. Who was I?",
            "ukaydir",
        ),
    ],
)
def test_a_riddle_is_answered_by_the_fact_of_who_it_describes(
    english_engine, message, fact_id
) -> None:
    reply = english_engine.answer(message)
    part = reply.parts[0]
    assert part.answered and part.fact is not None and part.fact.id == fact_id
    english = english_engine.matcher.english(fact_id)
    assert english is not None and english.answer in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # Read as statements these were answered by the mission to Dumat al-Jandal and by
        # the mobilisation in Rajab: the riddle asks who or which, and those do not say it.
        "I was the ruler of Dumat al-Jandal. Khalid brought me to the Prophet and he spared "
        "my life. Who am I?",
        # (An expedition in Rajab 9 AH with no fighting names Tabuk itself:
        # tests/test_english_expeditions.py.)
        # Other battles are never Tabuk's facts.
        "I am the battle where the archers left the hill. Which battle am I?",
    ],
)
def test_a_riddle_no_fact_names_is_not_answered_with_a_neighbour(english_engine, message) -> None:
    part = english_engine.answer(message).parts[0]
    assert not part.answered or (part.fact is not None and part.fact.id == "ukaydir")


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "I said Umar but my teacher said it was wrong. who gave all his wealth?",
            "who gave all his wealth?",
        ),
        (
            "we answered Uthman and they marked us wrong. which companion gave half his wealth?",
            "which companion gave half his wealth?",
        ),
    ],
)
def test_the_askers_answer_marked_wrong_is_not_the_question(message, question) -> None:
    assert drop_talk(message) == question


def test_a_name_the_asker_was_marked_wrong_for_is_never_the_answer(english_engine) -> None:
    message = (
        "In class the question was 'Which companion gave half his wealth for Tabuk?' "
        "I answered Abu Bakr and they marked me wrong. Who was it?"
    )
    part = english_engine.answer(message).parts[0]
    assert part.fact is None or part.fact.id != "abu_bakr_donation"


@pytest.mark.parametrize(
    "message",
    [
        "Who am I?",
        # A first question of its own follows: no riddle told backwards.
        "Who am I? I'm a student with an exam tomorrow, when was Tabuk?",
        # No speaker: the description is no first-person riddle.
        "Who am I? Heraclius was the Roman king.",
    ],
)
def test_a_message_that_only_starts_with_who_am_i_is_left_as_written(message) -> None:
    assert ask_last(message) == message


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Chat's «y» for «why» before a verb, «n» for «and».
        ("y was tabuk's army called the army of hardship", "army_name"),
        ("y did the munafiqeen n their friends stay home", "hypocrites"),
    ],
)
def test_chat_y_asks_why(english_engine, message, fact_id) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.part.form is Form.QUESTION
    assert part.decision.reading.question_type is QuestionType.REASON
    assert answered_facts(english_engine, message) == [fact_id]
