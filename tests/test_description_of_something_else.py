"""«…، ما هو؟» after a description that never names the expedition asks what that
description is of: a truce, a battle told in the first person. It is never read as «what
is the expedition» (the overview), nor as a bare «name» (the army's)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صلح عقده النبي مع قريش على وضع الحرب عشر سنين، ما هو؟",
        "عهد كتبه النبي لأهل المدينة أول ما هاجر، ما هو؟",
        "انا معركة كانت ضد الروم وكان فيها ثلاثة آلاف مسلم امام مئتي الف، شو اسمي؟",
        "أنا معركة التقى فيها المسلمون بقريش عند الآبار، ما اسمي؟",
    ],
)
def test_description_of_another_thing_is_not_the_expedition(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert "غزوة تبوك غزوة قادها" not in text, text


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("عندي بحث عن غزوة تبوك، ما هي؟", Status.ANSWER),
        ("أنا غزوة خرج فيها جيش العسرة في الحر ولم يقع فيها قتال، شو اسمي؟", Status.RIDDLE_TABUK),
        ("خرج فيها المسلمون في الحر الشديد وتراجع الروم، ما هي؟", Status.RIDDLE_TABUK),
    ],
)
def test_descriptions_of_tabuk_still_name_it(
    answerer: FormAnswerer, message: str, status: Status
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is status and part.fact is not None, text
    assert part.fact.id == "overview", text
