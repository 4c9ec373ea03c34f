"""The ask of an expedition riddle put first («غزوة وش اسمها؟ فيها …»): the message is the
riddle, read whole; a message asking more after it stays its questions."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.asked_first import ask_moved_last
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "status"),
    [
        (
            "غزوة وش اسمها؟ خرج فيها المسلمين بالحر الشديد، والروم ما قاتلوا ورجعوا لبلادهم",
            Status.RIDDLE_TABUK,
        ),
        (
            "لغز: ما اسم الغزوة؟ خرج فيها المسلمون في شدة الحر ولم يقع فيها قتال",
            Status.RIDDLE_TABUK,
        ),
        (
            "ما اسم هذه الغزوة؟ انتصر فيها المسلمون على قريش في رمضان عند بئر",
            Status.RIDDLE_OTHER,
        ),
    ],
)
def test_an_ask_put_first_is_read_with_its_description(
    answerer: FormAnswerer, message: str, status: Status
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [status], text
    if status is Status.RIDDLE_TABUK:
        assert text.startswith(texts.RIDDLE_TABUK), text


@pytest.mark.parametrize(
    "message",
    [
        # a second question after the first: two questions
        "ما اسم الغزوة التي كانت في رجب؟ وكم كان عدد الجيش؟",
        # an ask naming no expedition
        "ما اسم قائد الروم؟ هرقل أو غيره",
        # no description after it
        "ما اسم الغزوة؟",
    ],
)
def test_other_messages_are_left_as_typed(message: str) -> None:
    assert ask_moved_last(message) == message
