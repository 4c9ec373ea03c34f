"""A blank whose last words are another fact's frame is not filled from that fact's text
(knowledge/cloze_frames.py): «… الوفود … بعد تبوك في شهر ……» asks the delegations' month,
which the text never gives, not the expedition's."""

from __future__ import annotations

import pytest

from knowledge.forms import Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "توالت الوفود على النبي بعد تبوك في شهر .......",
        "أكمل: جاءت الوفود العربية تعلن إسلامها بعد غزوة تبوك في شهر ……",
    ],
)
def test_a_month_of_another_event_is_not_filled_with_the_expedition_s(answerer, message) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is not Status.FILLED, text
    assert "رجب" not in text, text


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("كانت غزوة تبوك في شهر ......", "رجب"),
        ("أكمل: خرج النبي إلى تبوك في شهر ...... من السنة التاسعة", "رجب"),
        ("قدم عمر بن الخطاب ........ لتجهيز الجيش", "نصف ماله"),
    ],
)
def test_a_blank_the_text_holds_is_still_filled(answerer, message, words) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.FILLED, text
    assert words in text, text
