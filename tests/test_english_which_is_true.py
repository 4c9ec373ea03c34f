"""A multiple choice whose stem only asks which option is true («Which statement is true?»,
«Which of these statements is true?», «Choose the correct statement:»): each option is a
whole claim, judged by itself; the one settled true is the answer
(knowledge/english_close_facts.py). Read after the stem, each was a question, and the stem
alone asked nothing: no option was chosen."""

import pytest


@pytest.mark.parametrize(
    ("message", "fact", "choice"),
    [
        ("Which statement is true?\na) Uthman gave all his wealth\nb) Abu Bakr gave half his"
         " wealth\nc) Umar gave half his wealth\nd) Ali gave 950 camels", "umar_donation", 2),
        ("Which of these statements is true?\n(a) The hypocrites joined the army\n(b) Ukaydir"
         " was killed\n(c) Heraclius was the king of the Romans\n(d) Tabuk was in 2 AH",
         "heraclius", 2),
    ],
)  # fmt: skip
def test_the_one_true_statement_is_chosen(english_engine, message, fact, choice) -> None:
    (part,) = english_engine.answer(message).parts
    assert part.decision.fact is not None and part.decision.fact.id == fact
    assert part.choice == choice


def test_a_stem_asking_what_is_not_true_is_not_read_so(english_engine) -> None:
    message = (
        "Which statement is NOT true?\na) Uthman gave 950 camels\nb) Abu Bakr gave all his"
        " wealth\nc) Umar gave half his wealth\nd) Ali led the army"
    )
    (part,) = english_engine.answer(message).parts
    assert part.choice != 2
