"""«Who am I?» riddles and questions placed in the expedition's time: «في زمن غزوة تبوك»
says when, as «في غزوة تبوك» does, and asks no date; a noun after a preposition («عطيت
للجيش») says to whom, not what «I» am. Each row is the answer a user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("من انا . زعيم دومة الجندل في زمن غزوة تبوك", "ukaydir"),
        ("من كان زعيم دومة الجندل في زمن غزوة تبوك؟", "ukaydir"),
        ("مين كان ملك الروم في وقت غزوة تبوك؟", "heraclius"),
        # the date is still asked by «زمن» with no «في» before it
        ("زمن غزوة العسرة", "date"),
        ("شكون أنا؟ عطيت للجيش ديال تبوك تسعمية وخمسين جمل", "uthman_donation"),
    ],
)
def test_a_riddle_placed_in_the_expedition_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])
