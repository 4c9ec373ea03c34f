"""English: several things asked of one subject in one noun phrase — «the date, the leader and
the size of the army of Tabuk», «the date and the result of the expedition», «the causes and
effects of Tabuk» — are a question each, when each is answered by a fact of its own (also when
the whole phrase had an answer: it answered one item only). Items one fact answers, and a
phrase naming two subjects rather than two things asked, stay one question."""

import pytest

from knowledge.english_listed_aspects import listed_aspects
from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (
            "please give me the date, the leader and the enemy of the Tabuk expedition",
            ["date", "leader", "enemy"],
        ),
        ("State the date and the result of the expedition of Tabuk. [4]", ["date", "outcome"]),
        ("What was the name and the size of the army of Tabuk?", ["army_name", "army_size"]),
        ("Outline the causes and consequences of the Tabuk campaign.", ["reasons", "outcome"]),
    ],
)
def test_each_listed_thing_is_asked(english_engine, message, expected) -> None:
    assert answered_facts(english_engine, message) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Describe the role of the believers and the hypocrites",
        "the what, when and why of Tabuk",
        "Who led the army of Tabuk?",
    ],
)
def test_no_list_of_things_asked(text) -> None:
    assert listed_aspects(text) is None


def test_items_split_with_the_rest_of_the_sentence() -> None:
    assert listed_aspects("tell me the date, the leader and the size of the army") == [
        "tell me the date of the army",
        "tell me the leader of the army",
        "tell me the size of the army",
    ]
