"""A topic with «its» on the line under a headline («أسباب غزوة تبوك\\nونتائجها») is asked
of that line's subject, as «أسباب غزوة تبوك ونتائجها» on one line is: the short line is joined
to the one above it (a line the phone broke), and the joined text is split into its topics
again; joined whole, the two topics blurred into no answer. Each row is a message and the
facts given."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import facts_given


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("اسباب غزوة تبوك\nونتائجها", ["reasons", "outcome"]),
        ("تاريخ غزوة تبوك\nوسببها", ["date", "reasons"]),
        ("تاريخ غزوة تبوك\nومكانها", ["date", "location"]),
        # (near miss: a headline broken over two lines without «its» stays one question)
        ("سبب تسمية\nجيش العسرة", ["army_name"]),
    ],
)
def test_a_topic_of_its_on_the_next_line(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    given, text = facts_given(answerer, message)
    assert given == facts, text
