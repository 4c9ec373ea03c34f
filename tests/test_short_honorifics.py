"""The pleased-with formula cut short after a name («عثمان رض», «عمر رضه»), as notes and quiz
sheets write it: dropped like «رضي الله عنه» (knowledge/honorifics.py), except after «علي»,
which reads as the preposition «على» too (knowledge/question_rewrites.drop_honorifics)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, assert_not_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("ماذا قدم عثمان رض لجيش العسرة؟", "uthman_donation"),
        ("شو قدم ابو بكر الصديق رض لجيش العسرة", "abu_bakr_donation"),
        ("ماذا قدم عمر (رضه) في تبوك", "umar_donation"),
    ],
)
def test_a_short_formula_after_a_name_is_dropped(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    "message",
    [
        # Ali: no fact names him; «علي» alone would read as «على»
        "ماذا قدم علي رض في غزوة تبوك",
        "ماذا قدم علي رضه لجيش العسرة",
    ],
)
def test_a_short_formula_after_ali_stays(answerer: FormAnswerer, message: str) -> None:
    assert_not_answered_with(answerer, message, "donations")
