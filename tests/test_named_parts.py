"""A later part that asks about a name of its own («… ومن هو هرقل؟», «… ومين هو أكيدر؟») is
a question of its own, not a follow-up of the part before it: after a detail the text lacks it
is still answered, and the detail is still said to be unstated."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        ("كم كان عدد خيول الروم؟ ومن هو هرقل", "heraclius", "ملك الروم"),
        ("من حمل راية المسلمين في تبوك ومين هو أكيدر؟", "ukaydir", "رئيس دومة الجندل"),
    ],
)
def test_a_named_part_after_an_unstated_detail_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 2, text
    first, second = reply.parts
    assert not first.done, text
    assert "لا يذكر النص" in text
    assert second.done and second.fact is not None and second.fact.id == fact_id, text
    assert said in text
