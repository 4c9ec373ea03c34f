"""How a blank is to be filled, and a bare «Blank:» heading, are the exercise's lead (en72):
«Fill in the blank with one word: Tabuk was the ______ expedition of the Prophet.» — read
with the sentence, «with one word» asked a known gap; «Blank: Umar gave ___ his wealth.» was
answered by the list of every gift (knowledge/english_blanks.py). As the user sees the reply."""

import pytest

from bot.english_replies import render_english
from knowledge.english_blanks import FILL_LEAD
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact", "words"),
    [
        (
            "Fill in the blank with one word: Tabuk was the ______ expedition of the Prophet.",
            "last_expedition",
            "last",
        ),
        ("Fill in the gap (one word): Tabuk was the ______ expedition of the Prophet.",
         "last_expedition", "last"),
        ("Blank: Umar gave ___ his wealth.", "umar_donation", "half"),
    ],
)  # fmt: skip
def test_the_lead_is_set_aside(english_engine, message, fact, words) -> None:
    assert answered_facts(english_engine, message) == [fact]
    assert (
        f"Missing words: {words}"
        in render_english(english_engine.answer(message), english_engine).plain
    )


@pytest.mark.parametrize(
    "text",
    [
        # «blank» inside a sentence, not its heading
        "Blanket statements about Tabuk: the army was large.",
        "Gap: what did Abd al-Rahman give?",
    ],
)
def test_other_words_are_no_lead(text) -> None:
    assert FILL_LEAD.match(text) is None
