"""A statement denying a deed the fact states undenied is «خطأ», though the fact denies
something else in another clause («لم يتوقع الروم …، … وتقهقروا»: knowledge/claim_scope.py,
`states_undenied`); a deed the fact itself denies stays agreed or unsettled."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح ولا غلط: الروم ما انسحبوا ولا تراجعوا", "roman_surprise"),
        ("صح أم خطأ: الروم لم يتراجعوا", "roman_surprise"),
        ("صح أم خطأ: الروم ما تقهقروا إلى داخل بلادهم", "roman_surprise"),
    ],
)
def test_denying_a_deed_the_fact_states_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the no-battle fact denies the attack itself («لم يشأ … أن يهاجمهم»)
        "صح أم خطأ: لم يهاجم النبي الروم بعد تراجعهم",
        "صح أم خطأ: ما لحق النبي الروم",
        # being («كانوا») is no deed of its own the fact states
        "صح أم خطأ: الروم ما كانوا يريدون الهجوم",
    ],
)
def test_a_deed_the_fact_denies_itself_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    reply = answerer.answer_message(message)
    assert reply.parts[0].verdict is not False
