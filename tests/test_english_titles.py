"""«Why is Tabuk called the last expedition?»: why something bears a title the text gives it
is answered by the fact that states the title (knowledge/english_titles.py); a title that is
a name or an epithet, or that no fact states, is not answered."""

import pytest

from bot.english_replies import render_english
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "said"),
    [
        ("Why is Tabuk called the last expedition?", "last_expedition", "last expedition"),
        (
            "Explain why Tabuk is known as the last expedition of the Prophet. [2]",
            "last_expedition",
            "last expedition",
        ),
        (
            "Give a reason why the Tabuk campaign is remembered as the Prophet's final ghazwa.",
            "last_expedition",
            "last expedition",
        ),
        ("Why is 9 AH called the Year of Delegations?", "delegations", "delegations came"),
        # The army's own name is still the army's name fact.
        ("Why was the army of Tabuk called the army of hardship?", "army_name", "hardship"),
    ],
)
def test_a_title_the_text_states_is_explained_by_its_fact(
    english_engine, message, fact, said
) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert said in render_english(english_engine.answer(message), english_engine).plain.lower()


@pytest.mark.parametrize(
    "message",
    [
        "Why is Khalid called the Sword of Allah?",
        "Why is Abu Bakr called al-Siddiq?",
        "Why was Tabuk called al-Fadiha?",
        "Why is the place called Tabuk?",
    ],
)
def test_a_name_or_a_title_the_text_never_gives_is_not_answered(english_engine, message) -> None:
    assert answered_facts(english_engine, message) == [None]
