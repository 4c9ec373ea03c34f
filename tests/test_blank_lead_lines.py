"""A line opened by «كمل/أكمل» that holds its own blanks is the sentence to complete, not an
instruction over the lines after it, also with a vocative («يا بطل», «يا حلوة») and an emoji
or comma after it: the blanks are filled, the line is never judged as a statement (what the
user sees)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to

AB, UM = "abu_bakr_donation", "umar_donation"


@pytest.mark.parametrize(
    "message",
    [
        "كمل يا بطل 💪 الصحابي اللي قدم ماله كله ...... واللي قدم نص ماله ......",
        "كمل الصحابي اللي قدم ماله كله ...... واللي قدم نص ماله ......",
        "كملي يا حلوة، الصحابي اللي قدم ماله كله ...... واللي قدم نص ماله ......",
        "أكمل يا شاطر الصحابي اللي قدم ماله كله ..... واللي قدم نص ماله .....",
    ],
)
def test_a_line_with_its_own_blanks_is_completed(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id if p.fact else None for p in reply.parts] == [AB, UM], text
    assert all(p.status is Status.FILLED for p in reply.parts), text
    assert not text.startswith(texts.VERDICT_FALSE), text


def test_an_instruction_line_still_heads_the_blanks_below(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "أكمل الفراغات الآتية بما يناسب\nقدم عمر بن الخطاب ......")
    assert [p.fact.id if p.fact else None for p in reply.parts] == [UM], text
