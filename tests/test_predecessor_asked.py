"""«مين كان ملك الروم قبل هرقل؟», «ما اسم الملك الذي حكم بعد هرقل؟»: the one before or after
a named person is someone else (knowledge/asked.py, excluded_people), and a fact naming only
that person (Heraclius's) does not say who. Other rows: «بعد» before an event or the
expedition, and a fact naming another person, still answer."""

from __future__ import annotations

import pytest

from knowledge.asked import excluded_people
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


@pytest.mark.parametrize(
    "message",
    ["شو اسم ملك الروم اللي قبل هرقل؟", "مين كان ملك الروم قبل هرقل؟"],
)
def test_the_one_before_a_named_person_is_not_him(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "heraclius") not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("من هو ملك الروم؟", "heraclius"),
        ("من استطاع أن يخلص الجيش بعد مقتل القادة في مؤتة؟", "mutah"),
        ("ماذا حدث بعد غزوة تبوك؟", "delegations"),
    ],
)
def test_after_an_event_is_read_as_before(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


def test_the_person_after_before_or_after_is_left_out() -> None:
    assert "هرقل" in excluded_people(tuple(normalize("من حكم الروم بعد هرقل").split()))
    assert not excluded_people(tuple(normalize("ماذا حدث بعد غزوة تبوك").split()))
