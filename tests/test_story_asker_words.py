"""What a user sees when a story before the question tells who says it and that the
asker is unsure: «my father says …» names no one, «and I'm not sure» tells nothing."""

from __future__ import annotations

import pytest

from knowledge.engine import Outcome
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "not_given"),
    [
        # «أبوي» (my father) is no kunya «أبو …»: read with it, Uthman and «Abu» were the
        # donors' whole
        ("أبوي يقول عثمان قدم ٥٠٠ بعير، كم قدم؟", "uthman_donation", "donations"),
        # the clause of doubt after the claim is passed over: the army told before it
        ("إمي بتقول الجيش بتبوك كان ١٠ آلاف، وأنا مش متأكد، قديش كان؟", "army_size", None),
        ("أبوي يقول عثمان قدم ٥٠٠ بعير، وأنا مو متأكد، كم قدم؟", "uthman_donation", "donations"),
    ],
)
def test_the_question_is_read_with_what_the_story_told(
    answerer: FormAnswerer, message: str, fact_id: str, not_given: str | None
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    if not_given:
        assert answer_text(answerer, not_given) not in text


@pytest.mark.parametrize(
    ("message", "modern"),
    [
        # «today» of the asker's own day (a verse memorised, a lesson): not today's Tabuk
        ('حفظت اليوم قوله تعالى "يا أيها الذين آمنوا ما لكم إذا قيل لكم انفروا" فما سببها', False),
        ("في الحصة اليوم شرحوا غزوة تبوك، ليش سموها غزوة العسرة؟", False),
        # today's Tabuk, the city, is still said to be outside the text
        ("كيف الجو في تبوك اليوم؟", True),
        ("وين تبوك اليوم؟", True),
    ],
)
def test_the_askers_today_is_no_question_about_the_city(
    answerer: FormAnswerer, message: str, modern: bool
) -> None:
    reply, text = reply_to(answerer, message)
    assert any(part.reply.outcome is Outcome.MODERN for part in reply.parts) is modern, text
