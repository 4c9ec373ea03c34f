"""What a user sees when a claim gives a figure in millions («مليون جندي»): a figure the
text does not state, never a claim of no figure confirmed by the fact it names (ar97)."""

from __future__ import annotations

import pytest

from knowledge.answer_keys import read_numbers
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("الروم كانوا مليون جندي", (1_000_000,)),
        ("ثلاثة ملايين مقاتل", (3_000_000,)),
        ("جهزه بمليون دينار", (1_000_000,)),
        # near miss: thousands read as before
        ("أكثر من أربعين ألف مجاهد", (40_000,)),
    ],
)
def test_millions_are_read_as_figures(text: str, numbers: tuple[int, ...]) -> None:
    assert read_numbers(text)[0] == numbers


def test_a_told_claim_of_a_million_romans_is_not_confirmed(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ابوي يقول ان الروم كانوا مليون جندي في تبوك، صح كلامه؟")
    assert not any(part.done for part in reply.parts), text
    assert not text.startswith("صحيح"), text


def test_a_claim_of_a_million_muslims_is_false(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "صح أم خطأ: كان جيش المسلمين في تبوك مليون مقاتل")
    assert text.startswith("خطأ"), text
    assert [part.fact.id for part in reply.parts if part.fact] == ["army_size"]
