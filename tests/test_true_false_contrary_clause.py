"""A denial agrees with the text by the contrary deed only when that deed is the one denied
(knowledge/contrary_deeds.py, `denied_contrary`): «المنافقون لم يخرجوا مع الجيش» says what
the hypocrites fact says; «المنافقون لم يتخلفوا عن الجيش وخرجوا مع النبي» denies the deed the
fact states and says the contrary in a clause of its own: never «صحيح»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: المنافقون لم يخرجوا مع الجيش",
        "صح أم خطأ: المنافقون ما خرجوا مع النبي لتبوك",
    ],
)
def test_denying_the_contrary_deed_agrees(answerer: FormAnswerer, message: str) -> None:
    assert_verdict(answerer, message, True, "hypocrites")


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: المنافقون لم يتخلفوا عن الجيش وخرجوا مع النبي",
        "المنافقين ما تخلفوا وطلعوا مع الجيش صح ولا غلط",
    ],
)
def test_the_contrary_in_a_clause_of_its_own_is_never_true(
    answerer: FormAnswerer, message: str
) -> None:
    reply = answerer.answer_message(message)
    assert reply.parts[0].verdict is not True
