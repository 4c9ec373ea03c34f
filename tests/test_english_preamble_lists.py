"""Preambles and lists in English messages (issue 17, en33): a plea about the question to come
(«Can you help me with this homework question?»), a line telling how to answer («Please
answer briefly.», «Answer in one sentence.») and «ELI5» never decide the answer nor block it;
a list whose items are bare noun phrases beside a question is a list of questions; a lower-case
roman numeral numbers questions; the existential «there» («Was there any fighting at Tabuk
itself?») borrows no subject from the part before; a time clause's side is the scene, not the
side asked about."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        (
            "Can you help me with this homework question? Describe the treaties made at Tabuk.",
            ["treaties"],
        ),
        (
            "Please answer briefly. What did the Muslims do at Tabuk once the Romans withdrew?",
            ["stationing"],
        ),
        ("Who was Heraclius? Answer in one sentence.", ["heraclius"]),
        ("ELI5 the expedition of Tabuk", ["overview"]),
        ("eli5 what happened to ukaydir", ["ukaydir"]),
        (
            "• reason for tabuk\n• size of the muslim army\n• name of the army",
            ["reasons", "army_size", "army_name"],
        ),
        ("i. who was ukaydir ii. what did dumat al jandal pay", ["ukaydir", "jizya"]),
    ],
)
def test_preambles_and_lists_are_read(english_engine: EnglishEngine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts


def test_existential_there_borrows_no_subject(english_engine: EnglishEngine) -> None:
    message = "Who saved the Muslim army at Mu'tah? And was there any fighting at Tabuk itself?"
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == ["mutah", "no_battle"]
    plain = render_english(reply, english_engine).plain
    assert "no fighting took place at Tabuk" in plain


def test_there_after_a_place_still_points_to_it(english_engine: EnglishEngine) -> None:
    # «there» after an answered «where» part is the place it was answered with (en27).
    message = "Where did Khalid go during Tabuk, who was the ruler there?"
    assert answered_facts(english_engine, message)[:1] == ["dumat_aljandal"]


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("What did the Muslims do at Tabuk when the Romans withdrew?", "stationing"),
        ("What did the Muslim army do once the Romans retreated?", "stationing"),
        # The side asked about is the Romans: their own fact answers.
        ("What did the Romans do when the Muslims arrived?", "roman_surprise"),
        # A relative clause is no scene: it tells which tribes are asked.
        ("Name the Arab tribes that joined the Byzantine forces.", "roman_allies"),
    ],
)
def test_a_time_clause_side_is_the_scene(english_engine: EnglishEngine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_a_lettered_list_line_that_is_talk_stays_out(english_engine: EnglishEngine) -> None:
    # A line without a list mark is not made a question by the list after it.
    message = "My exam is on Monday\n- who led tabuk\n- when was it"
    assert answered_facts(english_engine, message) == ["leader", "date"]
