"""A count word inside a clause that sets the scene («… when they learnt of the size of the
army») does not make the question a count (knowledge/english_question_type.py, question_type_of);
before the clause it still does."""

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_question_type import question_type_of
from knowledge.lexicon import QuestionType
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("describe the reaction of the romans when they heard the size of the army", "none"),
        ("explain what the hypocrites said after the number of volunteers grew", "thing"),
        ("state the size of the army when it left madinah", "number"),
        ("give the number of camels uthman gave when the call came", "number"),
    ],
)
def test_a_count_word_in_a_scene_clause_asks_no_count(words: str, kind: str) -> None:
    assert question_type_of(words.split()) is QuestionType(kind)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        (
            "Describe how the Byzantines reacted when they heard of the size of the Muslim "
            "army. [3]",
            "roman_surprise",
        ),
        (
            "Explain how the Romans responded to the Muslim advance towards Tabuk.",
            "roman_surprise",
        ),
    ],
)
def test_the_romans_reaction_is_their_surprise(
    english_engine: EnglishEngine, message: str, fact_id: str
) -> None:
    assert answered_facts(english_engine, message) == [fact_id]
