"""A blank is not filled across a phrase the text tells twice: «قدم …… نصف ماله» is Umar,
not the words between «قدم» told of Abu Bakr and «قدم» told of Umar (what the user sees:
the missing words)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("sentence", "filled"),
    [
        ("أكمل: قدم ...... نصف ماله", "عمر بن الخطاب"),
        ("أكمل: قدم …… ماله كله", "أبو بكر الصديق"),
    ],
)
def test_a_blank_is_not_filled_across_a_repeated_phrase(
    answerer: FormAnswerer, sentence: str, filled: str
) -> None:
    reply, text = reply_to(answerer, sentence)
    assert reply.parts[0].filled == filled, text
