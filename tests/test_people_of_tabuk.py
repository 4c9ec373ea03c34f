"""«أهل تبوك» (knowledge/people_of_tabuk.py): a question about the town's people is not
answered by a fact naming Tabuk only as the expedition (Dumat al-Jandal's tribute, the
believers); the fact on the treaties, which names «سكان تبوك», still answers."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from knowledge.people_of_tabuk import asks_the_people_of_tabuk, names_the_people_of_tabuk
from tests.message_helpers import assert_each_part_answered, assert_not_answered_with


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        ("هل دفع أهل تبوك الجزية؟", "jizya"),
        ("هل أسلم أهل تبوك؟", "believers"),
    ],
)
def test_the_people_of_tabuk_are_not_answered_with_the_expedition_s_facts(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    assert_not_answered_with(answerer, message, not_shown)


@pytest.mark.parametrize(
    "message", ["مع من عاهد النبي أهل تبوك", "شنو صار مع سكان تبوك؟", "أهل تبوك صالحوا النبي؟"]
)
def test_the_fact_naming_the_people_of_tabuk_answers(answerer: FormAnswerer, message: str) -> None:
    assert_each_part_answered(answerer, message, ["treaties"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("هل دفع أهل تبوك الجزية", True),
        ("وسكان تبوك", True),
        ("في غزوة تبوك صالحت دومة الجندل", False),
        ("عقد النبي معاهدات شملت سكان تبوك وأيلة", True),
    ],
)
def test_the_people_of_tabuk_named(text: str, names: bool) -> None:
    assert asks_the_people_of_tabuk(tuple(normalize(text).split())) is names
    assert names_the_people_of_tabuk(text) is names
