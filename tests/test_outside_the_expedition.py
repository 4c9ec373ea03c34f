"""A statement placed after the expedition («… بعد غزوة تبوك») is neither «خطأ» nor «صحيح» by a
fact that tells only the expedition's course: the text does not settle it, and the reply says
so. A fact that itself places its event before or after the expedition still judges it."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    "message",
    [
        # the fact denying fighting tells what happened in Tabuk, not after it
        "صح أم خطأ: هاجم الروم المدينة بعد غزوة تبوك",
        "صح ولا غلط: بعد تبوك غزا الروم المدينة",
        # the envoy attacked before Tabuk says nothing of an army sent after it
        "صح أم خطأ: بعث النبي جيشا إلى الروم بعد تبوك",
    ],
)
def test_what_came_after_is_not_judged_by_the_expedition_s_course(
    answerer: FormAnswerer, message: str
) -> None:
    text = assert_never_false(answerer, message)
    assert not text.startswith(texts.VERDICT_TRUE), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Mu'tah is placed before Tabuk by its own fact
        ("صح أم خطأ: كانت غزوة مؤتة بعد غزوة تبوك", "mutah"),
        # the course of the expedition still corrects a claim about it
        ("صح أم خطأ: وقع قتال شديد في غزوة تبوك", "no_battle"),
    ],
)
def test_a_fact_placed_in_time_still_corrects(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, False, fact_id)


def test_the_reply_says_it_cannot_judge(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "صح أم خطأ: هاجم الروم المدينة بعد غزوة تبوك")
    assert text.startswith(texts.VERDICT_UNSETTLED.rstrip(".")), text
