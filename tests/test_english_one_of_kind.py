"""«Name one of the companions who gave all his wealth»: one of a kind named by a relative
clause is one person asked (knowledge/english_text.py `_asked_role`), answered by that
person's own fact, as «Name one companion who …» already was; «the companions who …» stays
several people."""

import pytest

from tests.english_helpers import answered_facts


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("Name one of the companions who gave all his wealth for Tabuk.", "abu_bakr_donation"),
        ("Name one of the companions who gave half his wealth.", "umar_donation"),
        ("Name one companion who gave all his wealth.", "abu_bakr_donation"),
        ("Name the companions who donated to the army of hardship.", "donations"),
    ],
)
def test_one_of_a_kind_is_one_person(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]
