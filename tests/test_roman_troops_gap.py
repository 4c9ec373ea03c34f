"""The known gap of the Romans' numbers (`roman_troops` in knowledge/data/known_gaps.json) is
about how many they were, not what they were paid: «كم كانت أجرة جنود الروم؟» asks an amount the
Heraclius fact states (a year's pay in advance), so it is answered, while the count stays a gap."""

from __future__ import annotations

import pytest

from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "كم كانت أجرة جنود الروم؟",
        "كم كان راتب جيش الروم",
        "كم كان رزق جنود الروم؟",
    ],
)
def test_the_romans_pay_is_answered_with_heraclius(answerer, message) -> None:
    assert_answered_with(answerer, message, "heraclius", "رزق سنة")


@pytest.mark.parametrize("message", ["كم عدد جيش الروم", "كم جندي في جيش الروم؟"])
def test_the_romans_number_stays_a_known_gap(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact for part in reply.parts), text
    assert "لا يذكر النص" in text
