"""A misconception put to be confirmed: «كنت أظن إن …», «كنت فاكر إن …», «أعتقد أن …» before
a claim is what the asker thought, the claim to judge (as «سمعت أن …» is), and «…، كلامي صح؟»
after it points at the asker's own words. Each row is a message and its verdict."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "verdict"),
    [
        ("كنت أظن إن غزوة تبوك كانت في رمضان، صح؟", "date", False),
        ("كنت أظن إن غزوة تبوك كانت في رمضان، كلامي صح؟", "date", False),
        ("كنت فاكر إن جيش المسلمين كان 3000 بس، صح ولا غلط؟", "army_size", False),
        ("أعتقد أن عمر قدم ماله كله، صحيح؟", "umar_donation", False),
        ("بعتقد إنو الروم تقهقروا لداخل بلادهم، صح؟", "roman_surprise", True),
    ],
)
def test_what_the_asker_thought_is_judged(
    answerer: FormAnswerer, message: str, fact_id: str, verdict: bool
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == [fact_id], text
    assert text.startswith(texts.VERDICT_TRUE if verdict else texts.VERDICT_FALSE), text
