"""After a part asking a detail the text lacks, a question that names the army by the name the
text gives it («جيش العسرة») asks of that army, not of the detail lacking: it is answered
(it was said to be unstated too). Each row is a message and what each part gets."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "كم يوما استغرق الطريق من المدينة إلى تبوك؟ ولماذا سمي جيش العسرة؟",
        "متى رجع الجيش إلى المدينة؟ وليش سمي جيش العسرة؟",
    ],
)
def test_the_army_s_name_is_answered_after_a_gap(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        None,
        "army_name",
    ], text
    assert "لا يذكر النص" in text, text
