"""A «who am I» told by what «I» did: the noun after a first-person verb is what I did it to
(«جهزت الجيش …»: not an army described), and a figure with «و» or «ب» typed onto it («و50
فرسا», «ب950 بعيرا») is that figure; the one described is named (what the user sees: the
person's fact, not a "did you mean")."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.stemming import stem
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("من أنا؟ جهزت الجيش ب950 بعيرا و50 فرسا", "uthman_donation"),
        ("من أنا؟ جهزت الجيش بتسعمائة وخمسين بعيرا وخمسين فرسا", "uthman_donation"),
        ("من أنا؟ كنت ملكا للروم وأعطيت جنودي رزق سنة مقدما", "heraclius"),
    ],
)
def test_who_did_it_is_named(answerer: FormAnswerer, message: str, fact: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [fact], text
    assert reply.parts[0].status is Status.ANSWER, text


@pytest.mark.parametrize(("typed", "plain"), [("و50", "50"), ("ب40", "40"), ("و9", "9")])
def test_a_figure_with_a_particle_is_the_figure(typed: str, plain: str) -> None:
    assert stem(typed) == stem(plain)
