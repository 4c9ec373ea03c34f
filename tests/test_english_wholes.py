"""A whole fact and its part leading an English question together (en19): the part answers
when the question asks a word of its own; the rule never answers with the whole."""

import pytest

from bot.english_replies import render_english
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    "message",
    [
        # The overview mentions the heat too; the heat is the hardship's own word.
        "What was the weather like during the Tabuk expedition? [1]",
        "Describe the weather conditions at the time of the Tabuk campaign.",
    ],
)
def test_the_part_asked_by_its_own_word_answers(
    english_engine: EnglishEngine, message: str
) -> None:
    reply = english_engine.answer(message)
    assert answered_facts(english_engine, message) == ["hardship"]
    english = english_engine.matcher.english("hardship")
    assert english is not None and english.answer in render_english(reply, english_engine).plain


@pytest.mark.parametrize(
    "message",
    [
        # The mission to Dumat al-Jandal leads the outcome, which holds it: «outcome» is the
        # whole's word; nothing chooses the whole here.
        "What was the outcome of Khalid bin Walid's expedition to Dumatul Jandal? [2]",
        "Describe the outcome of Khalid's expedition to Dumat al-Jandal.",
    ],
)
def test_the_whole_is_not_chosen_over_the_part(
    english_engine: EnglishEngine, message: str
) -> None:
    assert answered_facts(english_engine, message) != ["outcome"]
