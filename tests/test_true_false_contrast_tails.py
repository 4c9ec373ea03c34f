"""A statement closed by the value it is not («عمر قدم نص ماله مو كله», «كانت في رجب مش
رمضان») is judged by its head: the denied value is set against the claimed one, not a claim
of its own (knowledge/contrast_tails.py)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صح ولا غلط: أبو بكر قدم ماله كله مو نصه", True, "abu_bakr_donation"),
        ("صح ولا غلط: عمر قدم ماله كله مش نصه", False, "umar_donation"),
        ("صح ولا غلط: كانت الغزوة في رجب مش رمضان", True, "date"),
        ("صح أم خطأ: كانت غزوة تبوك في رمضان وليس في رجب", False, "date"),
    ],
)
def test_a_contrast_tail_is_judged_by_its_head(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_a_denied_clause_that_is_no_value_is_not_a_contrast(answerer: FormAnswerer) -> None:
    # «وما صار قتال» denies a deed, no value set against one: the whole is judged
    reply, text = reply_to(answerer, "صح ولا غلط: الروم انسحبوا وما صار قتال")
    assert reply.parts[0].verdict is True, text
