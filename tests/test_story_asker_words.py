"""What a user sees when a story before the question tells who says it and that the
asker is unsure: «my father says …» names no one, «and I'm not sure» tells nothing."""

from __future__ import annotations

import pytest

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
