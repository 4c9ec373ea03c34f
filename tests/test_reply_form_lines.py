"""A line that only says how to put the reply («باختصار», «بنقاط لو سمحت», «جواب قصير الله
يخليك») asks nothing: read as a headline of its own it got the overview, and joined to the
line above it spoiled that line's question. Each row is a message and the facts given."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import facts_given


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("متى كانت غزوة تبوك؟\nباختصار", ["date"]),
        ("من قاد غزوة تبوك؟\nبنقاط لو سمحت", ["leader"]),
        ("وش سبب غزوة تبوك؟ وكم كان عدد الجيش؟\nجواب قصير الله يخليك", ["reasons", "army_size"]),
        # (near misses: a line that asks, with the reply's form beside it, is a part)
        ("متى كانت غزوة تبوك؟\nباختصار ما نتائجها؟", ["date", "outcome"]),
        ("متى كانت غزوة تبوك؟\nنتائجها باختصار", ["date", "outcome"]),
    ],
)
def test_a_line_of_the_reply_s_form_is_no_part(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    given, text = facts_given(answerer, message)
    assert given == facts, text
