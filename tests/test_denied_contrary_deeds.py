"""A denial of the deed the text says someone did not do is no «خطأ»: «المنافقون لم
يخرجوا إلى تبوك» denies going out, which the text says they stayed back from («فتخلفوا عن
ركب المجاهدين»; the verse «نزلت في المتخلفين والمتثاقلين عن الخروج»). A deed named after
«عن» and a word of staying back, or asked under a denial in a fact's phrasing, is not one the
fact states was done (knowledge/denied_deeds.py); the deed the answer key lists as said
instead of the fact's own (knowledge/contrary_deeds.py) is not made «خطأ» by its denial."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict


@pytest.mark.parametrize(
    "message",
    [
        "صح ولا غلط: المنافقون لم يخرجوا إلى تبوك",
        "صح ولا غلط: المنافقين ما طلعوا مع الجيش",
        "صح أم خطأ: لم يخرج المنافقون مع النبي إلى تبوك",
    ],
)
def test_denying_the_deed_they_stayed_back_from_is_not_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح ولا غلط: المنافقين لم يتخلفوا عن الجيش", "hypocrites"),
        ("صح ولا غلط: لم يتبرع أبو بكر بشيء من ماله", "abu_bakr_donation"),
        ("صح ولا غلط: المنافقون خرجوا إلى تبوك", "hypocrites"),
    ],
)
def test_a_deed_the_text_states_is_still_corrected(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)
