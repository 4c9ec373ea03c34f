"""A statement asked with «؟» alone («غزوة تبوك كانت ضد الفرس؟») that the engine is unsure of
is «خطأ» when the judge corrects it with the fact the engine offers first; never «صحيح» that
way (knowledge/plain_parts.py, `_asked_unsure`)."""

from __future__ import annotations

import pytest

from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("غزوة تبوك كانت ضد الفرس؟", "enemy"),
        ("الروم هاجموا المسلمين في تبوك؟", "no_battle"),
    ],
)
def test_an_asked_statement_the_engine_is_unsure_of_is_corrected(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # a real question is no statement: asked back or answered as before
        "مين قاد الجيش؟",
        "ليش سموه جيش العسرة؟",
        # the text never says when he came back: no fact corrects it, no verdict
        "النبي رجع للمدينة في رمضان؟",
    ],
)
def test_no_verdict_without_a_correction(answerer: FormAnswerer, message: str) -> None:
    reply = answerer.answer_message(message)
    assert all(part.status is not Status.VERDICT for part in reply.parts)
