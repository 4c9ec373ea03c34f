"""A «who am I» told by what «I» did: the noun after a first-person verb is what I did it to
(«جهزت الجيش …»: not an army described); the one described is named (what the user sees: the
person's fact, not a "did you mean")."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("من أنا؟ جهزت الجيش بتسعمائة وخمسين بعيرا وخمسين فرسا", "uthman_donation"),
        ("من أنا؟ كنت ملكا للروم وأعطيت جنودي رزق سنة مقدما", "heraclius"),
    ],
)
def test_who_did_it_is_named(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.ANSWER, text
