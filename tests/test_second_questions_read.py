"""What a user sees when a message asks a second question the reader must find: a
dialect's question word after «؟ و», a follow-up read with the part before it."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_each_part_answered


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        # Tunisian/Libyan «شنوة» (what), typed with «ة», opens a second question as «شنوه»
        ("قداش كان عدد الجيش؟ و شنوة سبب الغزوة؟", ["army_size", "reasons"]),
        ("شكون قاد غزوة تبوك؟ وشنوة قدم عثمان للجيش؟", ["leader", "uthman_donation"]),
    ],
)
def test_a_dialect_question_word_opens_a_second_question(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    assert_each_part_answered(answerer, message, fact_ids)
