"""Words that only set the scene of an English question (knowledge/english_frames.
without_setting): the land every fact happens in, the border a side fell back from, how near
in time; «people» heading «which … peoples»; a digit saying how many to list (en48). Read as
content they held back the fact that tells what is asked."""

import pytest

from knowledge.english_frames import without_asked_count, without_people_head, without_setting
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Every fact happens in Arabia: after a verb of happening it asks nothing.
        ("Tell me what happened across Arabia after the Tabuk campaign.", "delegations"),
        ("What happened in Arabia once Tabuk was over, after the army came home?", "delegations"),
        # «among» the people it happened to asks what happened to them.
        ("What happened among the tribes of Arabia after the expedition?", "delegations"),
        ("Tell me what happened among the Arab tribes after Tabuk.", "delegations"),
        # The border is where the Romans fell back from, not a detail of the retreat.
        ("Explain why the Byzantines retreated from the frontier.", "roman_surprise"),
        ("Did the Romans withdraw from the borders when the Muslims came?", "roman_surprise"),
        # How near in time says nothing the facts tell apart.
        ("What happened shortly after the expedition of Tabuk?", "delegations"),
        ("What happened in the months immediately after Tabuk?", "delegations"),
        # «in the period that followed» is «after».
        (
            "What did the tribes of Arabia do in the period that followed the expedition?",
            "delegations",
        ),
    ],
)
def test_a_scene_word_does_not_hold_back_the_fact(english_engine, message, fact_id) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("what happened in arabia after tabuk", "what happened after tabuk"),
        ("the tribes of arabia after tabuk", "the arab tribes after tabuk"),
        ("why did the romans pull back from the border", "why did the romans pull back"),
        ("in the period immediately after tabuk", "after tabuk"),
        ("in the period that followed the expedition", "after the expedition"),
        # Arabia as where someone marched, a border not fallen back from, and a span not
        # followed by after/before stay: they may be what is asked.
        ("the romans marched towards arabia", "the romans marched towards arabia"),
        ("the romans gathered on the border", "the romans gathered on the border"),
        ("in the time of the prophet", "in the time of the prophet"),
        # Nearness before Tabuk asks the expedition before it (a known gap).
        ("which expedition came just before tabuk", "which expedition came just before tabuk"),
    ],
)
def test_only_scene_runs_are_taken_out(words, read) -> None:
    assert without_setting(words.split()) == read.split()


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «people» heading «which … people(s)» or «who were the people that …» only says a
        # party is asked; the fact that names them is the answer.
        ("Which Arab peoples fought on the Roman side?", "roman_allies"),
        ("What peoples were allies of the Romans?", "roman_allies"),
        (
            "Who were the people that the Quran says followed the Prophet in the hour of "
            "hardship?",
            "verse_117",
        ),
        # A bare «Which people …» keeps the word: a phrasing of the treaties asks it so.
        ("Name two people with whom treaties were made.", "treaties"),
    ],
)
def test_people_asked_for_is_no_detail(english_engine, message, fact_id) -> None:
    assert answered_facts(english_engine, message) == [fact_id]


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("which arab peoples were allies", "which arab were allies"),
        ("who were the people that followed him", "who were the that followed him"),
        ("which people made peace", "which people made peace"),
        ("the people of ayla", "the people of ayla"),
    ],
)
def test_only_the_asked_people_head_is_taken_out(words, read) -> None:
    assert without_people_head(words.split()) == read.split()


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # A digit before what is to be listed says how many, as «two» does.
        ("Give 2 reasons why the Byzantines fell back.", ["roman_surprise"]),
        (
            "Tell me 2 things: what Umar gave, and where the army camped.",
            ["umar_donation", "stationing"],
        ),
    ],
)
def test_how_many_to_list_is_no_value(english_engine, message, fact_ids) -> None:
    assert answered_facts(english_engine, message) == fact_ids


def test_only_a_small_count_before_a_listed_noun_is_taken_out() -> None:
    assert without_asked_count("give 2 reasons why".split()) == "give reasons why".split()
    # A figure of the text stays: it may be the value a statement claims.
    assert without_asked_count("khalid had 420 horsemen".split()) == (
        "khalid had 420 horsemen".split()
    )
    assert without_asked_count("the 3 commanders".split()) == "the 3 commanders".split()


@pytest.mark.parametrize(
    ("words", "read"),
    [
        # Counted «ways» ask how, as «ways in which» does; the way to Tabuk stays.
        ("explain two ways the hypocrites behaved", "explain the hypocrites behaved"),
        ("state 3 ways they prepared", "state they prepared"),
        ("on the way to tabuk", "on the way to tabuk"),
        ("state one way in which allah showed", "state one way in which allah showed"),
    ],
)
def test_counted_ways_are_taken_out(words, read) -> None:
    assert without_asked_count(words.split()) == read.split()


def test_ways_the_hypocrites_behaved_are_theirs(english_engine) -> None:
    message = "Describe two ways the munafiqun behaved when the call to arms came."
    assert answered_facts(english_engine, message) == ["hypocrites"]
