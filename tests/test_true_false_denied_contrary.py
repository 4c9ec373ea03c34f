"""Denying the deed said instead of the one the text states agrees with the text
(contrary_deeds.denied_contrary): the hypocrites stayed behind, so «المنافقون لم يخرجوا مع
الجيش» is «صحيح» by their fact; said of the believers, or with a deed the fact does not
state, it is not."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_true, assert_verdict


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: المنافقون لم يخرجوا مع الجيش",
        "صح أم خطأ: المنافقون ما شجعوا المقاتلين",
    ],
)
def test_denying_the_contrary_deed_is_true(answerer: FormAnswerer, message: str) -> None:
    assert_verdict(answerer, message, True, "hypocrites")


@pytest.mark.parametrize(
    "message",
    [
        # (the believers went out: their going out is no contrary deed of theirs)
        "صح أم خطأ: المؤمنون لم يخرجوا مع الجيش",
        # (a deed the fact does not state beside the denial)
        "صح أم خطأ: المنافقون لم يخرجوا مع الجيش وقاتلوا الروم",
    ],
)
def test_a_denial_of_another_s_deed_or_with_more_is_not_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)
