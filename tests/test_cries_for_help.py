"""A cry for help before the questions («الحقوني», «فزعتكم», «انجدوني») asks nothing: read
as a word of the question, «فزع» was the Arabs' fear, and a line of it over short lines
the stem of options. Each row is a message and what the user is given."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import facts_given, reply_to


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # the cry on its line is no question of its own (it got the Arabs' fear)
        ("فزعتكم\nمين قائد غزوة تبوك؟\nوكم عدد جيشها؟", ["leader", "army_size"]),
        # before the question on its line: a preamble, not words of the question
        ("فزعتكم يا شباب متى كانت غزوة تبوك", ["date"]),
        ("الحقوني بسرعة شو اسم جيش تبوك", ["army_name"]),
        # (near miss: the Arabs' fright asked about is read)
        ("ليش فزع العرب من الروم؟", ["arab_fear"]),
    ],
)
def test_a_cry_for_help_asks_nothing(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    given, text = facts_given(answerer, message)
    assert given == facts, text


def test_a_cry_for_help_over_short_lines_is_no_stem_of_options(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "الحقوني يا جماعة\nتاريخ غزوة تبوك\nوسببها\nباختصار")
    assert all(part.part.form.name != "CHOICE" for part in reply.parts), text
    assert "حقن" not in text, text
