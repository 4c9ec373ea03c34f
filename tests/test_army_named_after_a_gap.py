"""After a part asking a detail the text lacks, a question that names the army by the name the
text gives it («جيش العسرة») asks of that army, not of the detail lacking: it is answered
(it was said to be unstated too). So is «their …» of the one that part names, when the detail
lacking is that part's own (the dinars: Heraclius's soldiers' year of pay). Each row is a
message and what its second part gets."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كم يوما استغرق الطريق من المدينة إلى تبوك؟ ولماذا سمي جيش العسرة؟", "army_name"),
        ("متى رجع الجيش إلى المدينة؟ وليش سمي جيش العسرة؟", "army_name"),
        # «them», read with the one named before (not with the dinars)
        ("كم دينار دفع هرقل للجندي الواحد؟ ورزق كم سنة أعطاهم مقدما؟", "heraclius"),
        ("كم دينار أعطى هرقل كل جندي؟ وماذا أعطاهم مقدما؟", "heraclius"),
    ],
)
def test_the_second_part_is_answered_after_a_gap(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.done and part.fact else None for part in reply.parts] == [
        None,
        fact_id,
    ], text
    assert "لا يذكر النص" in text, text
