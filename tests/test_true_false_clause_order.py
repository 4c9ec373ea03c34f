"""Which deed came first: a statement whose clause of time («قبل أن …», «بعد أن …») puts its
head on the other side of a deed than the fact does is «خطأ» with that fact, though every
word is the fact's (knowledge/clause_order.py); the same order, or a clause sharing only a
name or an event with the fact's, is left as the judge reads it."""

from __future__ import annotations

import pytest

from knowledge.clause_order import order_swapped
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact

_JIZYA = "في غزوة تبوك صالحت دومة الجندل خالد بن الوليد على دفع الجزية، بعد أن خضعت له."
_STATIONING = "بعد تراجع الروم رابط النبي صلى الله عليه وسلم بجنوده عند تبوك."


@pytest.mark.parametrize(
    ("answer", "statement", "swapped"),
    [
        (_JIZYA, "صالحت دومة الجندل على الجزية قبل أن تخضع لخالد", True),
        (_JIZYA, "صالحت دومة الجندل على الجزية بعد أن خضعت لخالد", False),
        (_STATIONING, "رابط النبي عند تبوك قبل أن يتراجع الروم", True),
        (_STATIONING, "رابط النبي عند تبوك بعد ما انسحب الروم", False),
        # (the Romans alone in both clauses: no deed of the fact's clause is named)
        (_STATIONING, "رابط النبي عند تبوك قبل أن يصل الروم", False),
        # (the events' order is another check's: «غزوة» is no deed)
        ("قبل غزوة تبوك جمع الروم جموعًا", "جمع الروم جموعهم بعد غزوة مؤتة", False),
    ],
)
def test_order_swapped(answer: str, statement: str, swapped: bool) -> None:
    assert order_swapped(answer, statement) is swapped


def test_a_deed_put_before_what_it_followed_is_false(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(
        answerer, "صح أم خطأ: صالحت دومة الجندل على الجزية قبل أن تخضع لخالد", False, "jizya"
    )


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أم خطأ: حقن النبي دم أكيدر بعد أن خضعت دومة الجندل لخالد", "ukaydir"),
        ("دفعت دومة الجندل الجزية لخالد بعد أن خضعت له ( )", "jizya"),
        ("صح أم خطأ: رابط النبي بجنوده عند تبوك بعد أن تراجع الروم", "stationing"),
    ],
)
def test_the_fact_s_own_order_stays_true(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


def test_a_later_event_named_is_not_called_false(answerer: FormAnswerer) -> None:
    assert_never_false(answerer, "صح أم خطأ: بعد غزوة تبوك توالت الوفود العربية على النبي")
