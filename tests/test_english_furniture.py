"""A paper's furniture in front of an English question's opening word (en30): numbering in a
style the numbering patterns do not list («1- …», «Q. 7  Describe …» cut at «Q.», «4  Describe
…») and a linking adverb («Also state …», «Now explain …»). Each as the user sees the reply; a
sentence that opens with a number that is no numbering keeps it."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_furniture import without_leading_furniture
from tests.english_helpers import answered_facts


def _shows_each(engine: EnglishEngine, message: str, fact_ids: list[str]) -> None:
    """Each part is answered by its fact, and every fact's English text is in the reply."""
    assert answered_facts(engine, message) == fact_ids
    plain = render_english(engine.answer(message), engine).plain
    for fact_id in fact_ids:
        english = _answer_of(engine, fact_id)
        assert english in plain


def _answer_of(engine: EnglishEngine, fact_id: str) -> str:
    english = engine.matcher.english(fact_id)
    assert english is not None
    return english.answer


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # Numbering with a hyphen, one question a line.
        ("1- Who led the expedition of Tabuk?", ["leader"]),
        ("3 - What was the army of Tabuk called?", ["army_name"]),
        (
            "1- What did Abu Bakr give for the army?\n2- What did Umar give?",
            ["abu_bakr_donation", "umar_donation"],
        ),
        # A preposition before the question word.
        ("2- In which month did the Muslims set out for Tabuk?", ["date"]),
        # «Q.» cut off as a sentence of its own leaves the bare number before the command.
        ("Q. 2  Describe the role of Heraclius before Tabuk.", ["heraclius"]),
        ("4  Describe the hardships faced in preparing the army of Tabuk.", ["hardship"]),
        ("3  Name the chief of Dumat al-Jandal.", ["ukaydir"]),
        # A linking adverb before the second command.
        (
            "State what Abu Bakr gave. Also state what Umar gave.",
            ["abu_bakr_donation", "umar_donation"],
        ),
        (
            "Who was sent to Dumat al-Jandal? Then explain what happened to its ruler.",
            ["dumat_aljandal", "ukaydir"],
        ),
    ],
)
def test_furniture_before_the_opening_word_is_set_aside(
    english_engine: EnglishEngine, message: str, fact_ids: list[str]
) -> None:
    _shows_each(english_engine, message, fact_ids)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        # A number or an adverb not followed by an opening word is content.
        ("9 ah was the year of tabuk".split(), "9 ah was the year of tabuk".split()),
        ("30 thousand men went".split(), "30 thousand men went".split()),
        ("then the romans withdrew".split(), "then the romans withdrew".split()),
        # An adverb before a question word stays: a follow-up asked of the part before it.
        ("then what happened".split(), "then what happened".split()),
        ("also is uthman mentioned".split(), "also is uthman mentioned".split()),
        # Before one, it is furniture.
        ("7 describe the hypocrites".split(), "describe the hypocrites".split()),
        ("also state what umar gave".split(), "state what umar gave".split()),
        ("1 against whom was tabuk".split(), "against whom was tabuk".split()),
    ],
)
def test_only_furniture_before_an_opening_word_is_dropped(
    words: list[str], kept: list[str]
) -> None:
    assert without_leading_furniture(words) == kept


def test_a_claim_opening_with_a_number_is_still_settled(english_engine: EnglishEngine) -> None:
    # «30 thousand …» is the claim's count, not numbering: the claim stays false.
    reply = english_engine.answer("True or false: 30 thousand men marched to Tabuk.")
    assert [p.decision.fact.id for p in reply.parts if p.decision.fact] == ["army_size"]
    assert reply.parts[0].verdict is False


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # en56: two commands over one object ask one thing of it.
        ("Write down and explain the verse about those who clung heavily to the earth. [4]",
         ["verse_38"]),
        ("(b) Describe and assess the outcome of the Tabuk expedition. [6]", ["outcome"]),
        ("Q3 State and explain the causes of Tabuk. [4]", ["reasons"]),
        ("Identify and explain how many Romans were killed at Tabuk. [2]", [None]),
    ],
)  # fmt: skip
def test_paired_commands_ask_one_thing(english_engine, message, facts) -> None:
    assert answered_facts(english_engine, message) == facts
