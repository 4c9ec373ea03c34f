"""Exam frames that ask what the text tells: «علام يدل …؟», «على ماذا تدل …؟», «بم تدل …؟»
ask the deed named after them, as «ما دلالة …» does; «دعت إلى» (led to) asks the reasons as
«أدت إلى» does; «علام يدل ذلك؟» alone points at nothing named and is not answered with a
fact (what the user sees: the fact, or no confident answer)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("علام يدل تبرع عثمان بن عفان في تبوك؟", "uthman_donation"),
        ("على ماذا تدل مرابطة النبي بجنوده عند تبوك؟", "stationing"),
        ("عدد الأسباب التي دعت إلى غزوة تبوك", "reasons"),
    ],
)
def test_the_frame_asks_the_deed(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.ANSWER, text


def test_what_that_shows_points_at_nothing(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "علام يدل ذلك؟")
    assert reply.parts[0].status is not Status.ANSWER, text
