"""A person described on lines of their own is asked about as one question: a last line of
hashtags files the post and asks nothing («…\\nمن أنا؟\\n#مسابقة»), and a bare «من هو؟» on the
last line asks who the lines above describe, never a fact of its own (alone it was read with
the line before it and answered with the enemy)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from knowledge.who_am_i import described_then_who
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "said"),
    [
        (
            "من أنا؟\nصحابي، جبت مالي كله لما جهز النبي ﷺ جيش تبوك\n#لغز_اليوم",
            "abu_bakr_donation",
            "ماله كله",
        ),
        ("صحابي من السابقين\nقدم ماله كله في تبوك\nمن هو؟", "abu_bakr_donation", "ماله كله"),
        ("ملك جمع جيشا كبيرا في الشام\nوأعطى جنوده رزق سنة\nمن هو؟", "heraclius", "هرقل"),
    ],
)
def test_a_person_described_on_lines_is_answered_once(
    answerer: FormAnswerer, message: str, fact_id: str, said: str
) -> None:
    assert_answered_with(answerer, message, fact_id, said)


def test_a_bare_who_line_is_never_answered_alone(answerer: FormAnswerer) -> None:
    # (the text does not tell who married Ruqayya: asked back or not known, never the enemy)
    reply, text = reply_to(answerer, "١- صحابي من العشرة المبشرين\n٢- تزوج رقية وأم كلثوم\nمن هو؟")
    assert len(reply.parts) == 1, text
    assert not any(part.done and part.fact and part.fact.id == "enemy" for part in reply.parts)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("صحابي كريم\n- قدم خمسين فرسا\nمن هو؟", "صحابي كريم، قدم خمسين فرسا، من هو؟"),
        # (questions of their own before it: left as lines)
        ("متى كانت الغزوة؟\nمن هو؟", "متى كانت الغزوة؟\nمن هو؟"),
        # (not on a line of its own: the plain question reader's)
        ("صحابي قدم خمسين فرسا، من هو؟", "صحابي قدم خمسين فرسا، من هو؟"),
    ],
)
def test_described_lines_join_before_a_bare_who(text: str, joined: str) -> None:
    assert described_then_who(text) == joined


def test_a_hashtag_line_is_no_part() -> None:
    parts = read_message("متى كانت غزوة تبوك؟\n#سيرة #تبوك").parts
    assert [part.text for part in parts] == ["متى كانت غزوة تبوك؟"]
