"""The meaning of a term asked with a verb of meaning («ماذا نعني بـ…», «ماذا يعني …») or with
«يعني» before the question word («يعني ايش …»): read as «ما معنى …», a definition
(knowledge/message_patterns.py), and answered by the fact that says what the term is."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "read", "fact_id"),
    [
        ("ماذا نقصد بالنفير العام؟", "ما معنى النفير العام؟", "mobilisation"),
        ("ماذا يعني النفير العام", "ما معنى النفير العام", "mobilisation"),
        ("يعني شو جيش العسرة؟", "ما معنى جيش العسرة؟", "army_name"),
        ("يعني ايه التعبئة العامة اللي عملها النبي؟", "ما معنى التعبئة العامة", "mobilisation"),
    ],
)
def test_a_meaning_asked_is_a_definition(
    answerer: FormAnswerer, message: str, read: str, fact_id: str
) -> None:
    assert read_message(message).parts[0].text.startswith(read)
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    "message",
    [
        # a clause after it, not a term: «يعني» is a filler
        "يعني ايش اللي صار بعد تبوك؟",
        "يعني شو كان موقف الروم؟",
        # someone who means something by his words
        "ماذا يعني النبي بقوله هذا؟",
    ],
)
def test_no_term_after_it_is_not_read_as_a_meaning(message: str) -> None:
    assert "معنى" not in read_message(message).parts[0].text
