"""Hashtags closing a line of words («… مع مين بالضبط #خيط», «… ما هي؟ #سيرة») file the post:
they ask nothing, and an unknown tag no longer stops a clear answer (knowledge/message.py).
A message that is only a tag is read as typed."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("النبي عقد معاهدات مع مين في تبوك بالضبط #خيط", "treaties", "أيلة"),
        ("كم جمل قدم عثمان؟ #سيرة #تبوك", "uthman_donation", "950"),
    ],
)
def test_trailing_tags_ask_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


def test_a_tag_alone_stays() -> None:
    assert read_message("#غزوة_تبوك").parts[0].text.strip() != ""
