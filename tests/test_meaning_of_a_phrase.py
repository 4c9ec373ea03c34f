"""The meaning of a bare phrase asked outright («ما معنى جدب في البلاد», «شو يعني انفروا في
سبيل الله»): a definition, so a fact that merely holds the words (the hardship, the verse)
does not answer it (knowledge/asked_definitions.py, _meaning_asked)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered, assert_not_answered_with


@pytest.mark.parametrize(
    ("message", "holder"),
    [
        ("شنو يعني جدب في البلاد", "hardship"),
        ("شو يعني انفروا في سبيل الله؟", "verse_38"),
        ("ما معنى اثاقلتم إلى الأرض في آية التوبة 38؟", "verse_38"),
        ("ما المقصود بتثبيط همة المقاتلين؟", "hypocrites"),
    ],
)
def test_a_phrase_no_fact_explains_is_not_answered_with_its_holder(
    answerer: FormAnswerer, message: str, holder: str
) -> None:
    assert_not_answered_with(answerer, message, holder)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a fact that says what it is still answers
        ("شو معنى جيش العسرة", "army_name"),
        ("شو يعني النفير العام؟", "mobilisation"),
        # a second question after the phrase asks what its fact tells
        ("شو معنى جيش العسرة وليش انسمى هيك", "army_name"),
        # one bare word keeps the old reading
        ("شو يعني جزيه؟", "jizya"),
        # the expedition itself asks for an account
        ("ما المقصود بغزوة تبوك؟ أريد تعريفا موجزا بها", "overview"),
    ],
)
def test_near_misses_keep_their_answer(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    assert_each_part_answered(answerer, message, [fact_id])
