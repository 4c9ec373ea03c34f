"""What a user sees when a pasted choice question puts a run of dots before each option, where
its box is ticked («....... خالد بن الوليد»): one question, its options numbered in order and
the right one chosen; after «أكمل الفراغات:» such lines stay sentences to complete (issue 13)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "chosen", "fact_id"),
    [
        (
            "من قاد المسلمين في غزوة تبوك؟\n....... خالد بن الوليد\n....... أبو عبيدة بن الجراح"
            "\n....... النبي صلى الله عليه وسلم",
            "(3) النبي صلى الله عليه وسلم",
            "leader",
        ),
        (
            "كم كان عدد جيش المسلمين:\n… ثلاثون ألفا\n… أكثر من أربعين ألفا\n… عشرة آلاف",
            "(2) أكثر من أربعين ألفا",
            "army_size",
        ),
        (
            "الصحابي الذي قدم نصف ماله\n____ أبو بكر الصديق\n____ عمر بن الخطاب"
            "\n____ عثمان بن عفان",
            "(2) عمر بن الخطاب",
            "umar_donation",
        ),
    ],
)
def test_options_after_runs_of_dots_are_chosen_from(
    answerer: FormAnswerer, message: str, chosen: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.fact is not None and part.fact.id == fact_id
    assert chosen in text and "...." not in text.split("\n")[0], text


def test_dotted_lines_after_a_fill_in_heading_are_blanks(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "أكمل الفراغات:\n...... قدم ماله كله\n...... قدم نصف ماله\n...... قدم 950 جملا",
    )
    assert [part.status for part in reply.parts] == [Status.FILLED] * 3, text
    assert [part.fact.id for part in reply.parts if part.fact] == [
        "abu_bakr_donation",
        "umar_donation",
        "uthman_donation",
    ]
