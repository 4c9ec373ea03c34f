"""English: a word or two typed after an answered question — «what was the hardship
concretely? weather? money? both?» — that asks nothing of its own (alone it gets no answer, or
the very fact just given) is the asker's guess at that answer, not a question to answer again
(one of them, «weather?», was answered with the same fact a second time and the parts after it
were graded against the wrong questions). A short keyword question answered by a fact of its
own («Reason? Result?») stays a question."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "what made the preparations so hard? heat? money? both?\nwho led the army?",
            ["hardship", "leader"],
        ),
        ("What did Umar give? Money? Camels?", ["umar_donation"]),
    ],
)
def test_guesses_after_an_answer_are_no_questions(english_engine, message, expected) -> None:
    assert answered_facts(english_engine, message) == expected


def test_keyword_questions_each_ask(english_engine) -> None:
    assert answered_facts(english_engine, "Tabuk notes: Reason? Result?") == ["reasons", "outcome"]
