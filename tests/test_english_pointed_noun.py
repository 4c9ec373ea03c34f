"""«that empire» after a part asking «which empire»: the noun pointed back at is the one the
first answer names with that very noun (the Byzantine Empire), so the follow-up does not
fall back on the first part's fact (knowledge/english_antecedent.named_antecedent). Each as
the user sees the reply."""

import pytest

from bot.english_replies import render_english
from knowledge.english_antecedent import named_antecedent
from knowledge.english_engine import EnglishEngine
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "(i) Against which empire did the Muslims march at Tabuk? [1]\n"
            "(ii) Which Arabs were allied with that empire? [2]",
            ["enemy", "roman_allies"],
        ),
        (
            "Which empire was the enemy at Tabuk? Which Arab tribes did this empire bring?",
            ["enemy", "roman_allies"],
        ),
    ],
)
def test_that_noun_is_the_one_the_first_answer_names(
    english_engine: EnglishEngine, message: str, fact_ids: list[str]
) -> None:
    assert answered_facts(english_engine, message) == fact_ids
    plain = render_english(english_engine.answer(message), english_engine).plain
    # the heading shows the part as the user typed it
    assert "that empire" in plain or "this empire" in plain


@pytest.mark.parametrize(
    ("text", "asked", "answer", "named"),
    [
        (
            "Which Arabs were allied with that empire?",
            "Against which empire did they march?",
            "It was against the Romans, that is the Byzantine Empire, and their allies.",
            "Which Arabs were allied with the Byzantine Empire?",
        ),
        # an answer opening with a capital «The»: the article is not part of the name
        (
            "Which Arabs were allied with that empire?",
            "Against which empire did they march?",
            "The Byzantine Empire, under Heraclius.",
            "Which Arabs were allied with the Byzantine Empire?",
        ),
        # the first question did not ask «which empire»: nothing is named
        (
            "Which Arabs were allied with that empire?",
            "Who led the army?",
            "The Prophet led it against the Byzantine Empire.",
            None,
        ),
        # the answer names no «… Empire»: the words pointing back stay
        (
            "Where did that tribe live?",
            "Which tribe was allied with the Romans?",
            "The Ghassanids and Lakhm were allied with them.",
            None,
        ),
    ],
)
def test_a_pointed_noun_is_named_only_from_the_answer(text, asked, answer, named) -> None:
    assert named_antecedent(text, asked, answer) == named
