"""A last question that only points back (issue 17, en17f probe): a riddle's description is
the question; a question quoted in the asker's story is the one asked, not the asker's guess;
«this ambassador» is the envoy whose name the text does not give."""

import pytest

from bot.english_replies import render_english
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishEngine
from knowledge.english_pointers import quoted_question, riddle
from knowledge.lexicon import QuestionType
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "I am a Roman emperor. I gave my soldiers a whole year's pay in advance so they "
            "would fight the Muslims. Who am I?",
            "heraclius",
        ),
        ("I gave half of my wealth to equip the army. Who am I?", "umar_donation"),
        ("I gave 950 camels and 50 horses for the Army of Hardship. Who am I?", "uthman_donation"),
        (
            "Guess who: I was the chief of Dumat al-Jandal and the Prophet spared my life. "
            "Who am I?",
            "ukaydir",
        ),
        (
            "I am the battle where three commanders fell and Khalid saved the army. What am I?",
            "mutah",
        ),
        (
            "We were the tribes Lakhm and Ghassan who marched with the Romans. Who are we?",
            "roman_allies",
        ),
        # A question quoted in the story is the one asked; the asker's guess is not.
        (
            "Hello. In a quiz competition at our masjid, the question was 'Which companion "
            "gave half his wealth for Tabuk?' I answered Abu Bakr and they marked me wrong. "
            "Who was it?",
            "umar_donation",
        ),
        (
            "My teacher asked 'Who led the detachment to Dumat al-Jandal?' and I said Umar. "
            "What is the right answer?",
            "dumat_aljandal",
        ),
    ],
)
def test_a_riddle_or_a_quoted_question_is_answered(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    "message",
    [
        # One person asked: the fact of all the gifts, or of the envoy attacked, names no one.
        "i gave my wealth for the tabuk army. who am i",
        "I am the envoy of the Prophet who was killed by the Ghassanids. Who am I?",
        # People and things the text does not name.
        "I am a companion who walked alone to Tabuk. Who am I?",
        "I was the Prophet's deputy in Madinah during Tabuk. Who am I?",
        "I carried the banner of the Muslims at Tabuk. Who am I?",
        # «this ambassador» is the envoy, whose name the text does not give.
        "(a) What had happened to the Prophet's ambassador before Tabuk? [2]\n"
        "(b) Give the name of this ambassador. [1]",
    ],
)
def test_a_riddle_the_text_does_not_answer_is_not_answered(
    english_engine: EnglishEngine, message: str
) -> None:
    reply = english_engine.answer(message)
    last = reply.parts[-1].decision
    assert not last.answered


def test_a_riddle_is_one_question_with_its_type() -> None:
    described = riddle("I gave half my wealth. I am a Companion. Who am I?")
    assert described is not None
    assert described.description == "I gave half my wealth. I am a Companion."
    assert described.kind is QuestionType.PERSON and described.single
    group = riddle("We stayed behind and weakened the fighters. Who are we?")
    assert group is not None and not group.single
    # A description holding its own question, or no description, is no riddle.
    assert riddle("Who gave half? Who am I?") is None
    assert riddle("Who am I?") is None


def test_a_quoted_question_is_taken_only_for_a_bare_pointer() -> None:
    story = "The question was 'Which companion gave half his wealth?' I said Abu Bakr."
    assert quoted_question("Who was it?", story) == "Which companion gave half his wealth?"
    assert quoted_question("What did Uthman give?", story) is None


def test_the_reply_to_a_riddle_names_its_answer(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer("I gave half of my wealth to equip the army. Who am I?")
    plain = render_english(reply, english_engine).plain
    assert reply.parts[0].decision.outcome is EnglishOutcome.ANSWER
    assert "Umar ibn al-Khattab" in plain
    assert "In English:" in plain


def test_the_reply_to_an_unnamed_riddle_is_no_answer(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer(
        "I am the envoy of the Prophet who was killed by the Ghassanids. Who am I?"
    )
    assert reply.parts[0].decision.outcome is not EnglishOutcome.ANSWER
    assert "Harith" not in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «there» points into the clause before the question: where it asks about
        (
            "I heard Khalid went to Dumat something during Tabuk, what happened there?",
            ["dumat_aljandal"],
        ),
        (
            "Something about Khalid being sent to a place called Duma during Tabuk, "
            "what happened there?",
            ["dumat_aljandal"],
        ),
        # the clause naming only Tabuk: the whole story, as before
        ("We studied Tabuk today, what happened there?", ["overview"]),
    ],
)
def test_there_points_into_the_clause_before(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
