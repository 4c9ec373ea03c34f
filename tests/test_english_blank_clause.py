"""The clause holding a blank in an English sentence of several (en70): «Tabuk ended without a
battle, and it was the ____ of the Prophet's expeditions» asks the clause with the blank; read
whole, the given clause's fact (the outcome) was a confident wrong answer. Clauses joined by
«, and», «, but», «;» are cut apart and a «, which …,» aside is taken out; the whole sentence
is read as before when it is one clause or the clause alone is not answered."""

import pytest

from knowledge.english_blank_clause import blank_clause
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Tabuk ended without a battle, and it was the ______ of the Prophet's expeditions.",
         "last_expedition"),
        ("Abu Bakr gave all his wealth, and Umar gave ______ of his.", "umar_donation"),
        ("The Romans withdrew to their lands, and the army was nicknamed the Army of ______.",
         "army_name"),
        ("Heraclius paid his soldiers a year in advance, and the Muslim army numbered more than "
         "______.", "army_size"),
        ("Tabuk, which ended without fighting, was the ______ expedition of the Prophet.",
         "last_expedition"),
        ("The Prophet stayed at Tabuk; Dumat al-Jandal made peace on paying the ______.", "jizya"),
    ],
)  # fmt: skip
def test_the_clause_with_the_blank_is_what_is_asked(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Abu Bakr gave all his wealth, and Umar gave ___ of his.", "Umar gave ___ of his."),
        # One clause, a list of names or a blank inside the aside: the whole sentence is read.
        ("Tabuk was the ___ expedition of the Prophet.", None),
        ("The Romans brought Lakhm, Judham, and ___.", None),
        ("Ukaydir, who was the chief of ___, was spared.", None),
        ("Uthman gave ___ camels and ___ horses.", None),
    ],
)
def test_only_a_sentence_of_several_clauses_is_cut(text, clause) -> None:
    assert blank_clause(text) == clause
