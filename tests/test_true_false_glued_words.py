"""A word after «ة» typed with no space (statement_words.unglued): «ة» ends a word, so
«عند دومةالجندل» is «عند دومة الجندل», and the place it names is a detail the statement claims
(the Prophet stationed at Tabuk, not at Dumat al-Jandal: «خطأ»)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.statement_words import unglued
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("رابط النبي بجنوده عند دومةالجندل", "رابط النبي بجنوده عند دومة الجندل"),
        ("كانت غزوةتبوك في رجب", "كانت غزوة تبوك في رجب"),
        # («ة» at a word's end: nothing to split)
        ("كانت غزوة تبوك في رجب", "كانت غزوة تبوك في رجب"),
    ],
)
def test_a_word_after_ta_marbuta_typed_glued_is_read_apart(typed: str, read: str) -> None:
    assert unglued(typed) == read


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # (the place typed glued is still the place claimed: he stationed at Tabuk)
        ("رابط النبى صلى الله عليه وسلم بجنوده عند دومةالجندل", False, "stationing"),
        ("صح أم خطأ: كانت غزوةتبوك في رجب", True, "date"),
    ],
)
def test_a_statement_with_a_glued_place_is_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)
