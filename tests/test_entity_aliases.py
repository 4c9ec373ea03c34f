"""Two names of one people («الغساسنة» and «غسان», knowledge/entity_aliases.py): a fact
naming one is no fact that leaves out the people the question names by the other."""

from __future__ import annotations

from knowledge.engine import AnswerEngine
from knowledge.entity_aliases import unnamed
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with


def test_a_name_is_unnamed_only_when_no_other_name_of_it_is_there() -> None:
    assert unnamed(frozenset({"غساسنه"}), frozenset({"غسان", "لخم"})) == frozenset()
    assert unnamed(frozenset({"غسان"}), frozenset({"غساسنه"})) == frozenset()
    assert unnamed(frozenset({"غساسنه", "هرقل"}), frozenset({"غسان"})) == {"هرقل"}


def test_the_ghassanids_named_are_the_ghassan_the_allies_fact_names(
    arabic_engine: AnswerEngine,
) -> None:
    ranking = arabic_engine.matcher.rank("الغساسنة ولخم مع جيش الروم")
    allies = next(c for c in ranking.candidates if c.fact.id == "roman_allies")
    assert not allies.entity_conflict


def test_a_headline_naming_the_ghassanids_gets_the_allies_fact(answerer: FormAnswerer) -> None:
    assert_answered_with(
        answerer, "القبائل العربية مع الروم: لخم والغساسنة", "roman_allies", "لخم وغسان"
    )
