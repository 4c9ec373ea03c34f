"""Two or three dots before a closing «what / who is it?» are a pause, not a blank
(«… وعفا عن رئيسها.. ما هي؟»), and Tunisian «شنية؟» asks what it is; a longer run of dots
before «ما هو؟» is still a blank to fill."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.who_am_i import pause_before_who
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("لغز: بلدة صالحت خالد بن الوليد على الجزية.. ما هي؟", "dumat_aljandal"),
        ("فزورة: رجل حقن النبي دمه وخلى سبيله... من هو؟", "ukaydir"),
    ],
)
def test_dots_before_a_bare_ask_are_a_pause(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id for p in reply.parts if p.done and p.fact] == [fact_id], text


def test_a_tunisian_ask_after_dots_ends_a_riddle(answerer: FormAnswerer) -> None:
    message = "حزورة: غزوة الروم تقهقرو فيها قبل القتال، والجيش كان اكثر من اربعين الف... شنية؟"
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.RIDDLE_TABUK], text
    assert text.startswith(texts.RIDDLE_TABUK), text


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("عفا عن رئيسها.. ما هي؟", "عفا عن رئيسها، ما هي؟"),
        ("كان عدد جيش المسلمين ..... ما هو؟", "كان عدد جيش المسلمين ..... ما هو؟"),
    ],
)
def test_only_a_short_pause_is_read_so(typed: str, read: str) -> None:
    assert pause_before_who(typed) == read
