"""A blank is filled only with the words the fact puts in that place (knowledge/blanks.py):
who held an office over a people («ملك الغساسنة هو ……») is filled only by a fact saying that
office of that people, and the key's phrase is not put before words it itself holds
(«صالح …… خالدًا على الجزية» asks who made peace, not «دفع الجزية»)."""

from __future__ import annotations

import pytest

from knowledge.forms import Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "wrong"),
    [
        ("كان ملك الغساسنة هو ……", "سفير"),
        ("أكمل: ملك الغساسنة زمن الغزوة هو ........", "سفير"),
        ("كان ملك غسان هو ……", "لخم"),
        ("صالح …… النبي على الجزية", "دفع الجزية"),
        ("صالح ...... رسول الله ﷺ على أداء الجزية", "دفع الجزية"),
    ],
)
def test_a_blank_the_fact_fills_with_other_words_is_not_filled(answerer, message, wrong) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.FILLED, text
    assert wrong not in text, text


@pytest.mark.parametrize(
    ("message", "words"),
    [
        ("كان ملك الروم هو ……", "هرقل"),
        ("صالح …… خالد بن الوليد على الجزية", "دومة الجندل"),
        ("قائد جيش المسلمين في تبوك هو ……", "النبي"),
    ],
)
def test_the_office_the_fact_states_still_fills_the_blank(answerer, message, words) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.FILLED, text
    assert words in text, text
