"""Several questions listed with commas in one message (issue 17, en27): «when did it happen,
who went, and why?» is three questions, each answered in its place (a comma before a question
word opens one when the list ends in «, and <question word>»); such a list after a colon is no
list of options; a bare «why» about Tabuk asks its causes; «there» after a «where» part is
the place that part was answered with, «he» after an answered «who» the one person named."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "when did tabuk happen, who led it, and why did it happen?",
            ["date", "leader", "reasons"],
        ),
        (
            "What was the Tabuk army called, how big was it, and which verse praises it?",
            ["army_name", "army_size", "verse_117"],
        ),
        # «there» is the place the first part was answered with (Dumat al-Jandal); what the
        # ruler's religion was the text does not say.
        (
            "Where did Khalid go during Tabuk, who was the ruler there, and what religion was "
            "that ruler?",
            ["dumat_aljandal", "ukaydir", None],
        ),
        # «he» is the one person the first answer names (the Prophet), though the phrasings of
        # «Who led …?» do not name him.
        (
            "Who led the expedition of Tabuk and what did he do with the army once they got "
            "there?",
            ["leader", "stationing"],
        ),
    ],
)
def test_each_listed_question_is_answered(english_engine: EnglishEngine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


def test_a_listed_question_after_a_colon_is_no_option(english_engine: EnglishEngine) -> None:
    reply = english_engine.answer("Tabuk: when did it happen, who went, and why?")
    assert [p.part.form for p in reply.parts] == [Form.QUESTION] * 3
    plain = render_english(reply, english_engine).plain
    assert "Answer:" not in plain
    # when → the date; who went → asked back (the text names no one list of those who went);
    # why → the causes, in that order.
    assert [p.fact.id if p.fact else None for p in reply.parts] == ["date", None, "reasons"]
    assert plain.index("(1) when did it happen") < plain.index("Rajab")
    assert plain.index("(3) why?") < plain.index("Among the causes of Tabuk")


@pytest.mark.parametrize(
    "message",
    [
        # A relative clause after a comma is not a question of its own.
        "Who was the companion, who gave half his wealth?",
    ],
)
def test_a_comma_without_a_list_stays_one_question(english_engine: EnglishEngine, message) -> None:
    assert len(english_engine.answer(message).parts) == 1


def test_a_bare_why_about_tabuk_asks_its_causes(english_engine: EnglishEngine) -> None:
    assert answered_facts(english_engine, "Tabuk: why?") == ["reasons"]
