"""A blank after «سورة» asks the surah's name: the fact's verse gives it («التوبة»), even
when the sentence gives the verse's number («… رقمها 38»); a sentence of another event gets
no fill (what the user sees: the filled word)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("أكمل: نزلت في الذين تثاقلوا عن تبوك آية من سورة ........ رقمها 38", "verse_38"),
        (
            "أكمل: نزلت آية «لقد تاب الله على النبي والمهاجرين والأنصار» في سورة ......",
            "verse_117",
        ),
    ],
)
def test_the_surah_fills_the_blank(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.FILLED, text
    assert reply.parts[0].filled == "التوبة", text


def test_another_event_s_surah_is_not_filled(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "نزل في غزوة بدر آيات من سورة ........")
    assert reply.parts[0].status is not Status.FILLED, text
