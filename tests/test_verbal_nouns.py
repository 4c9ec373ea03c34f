"""A verbal noun for what the facts tell with the verb: «نزول الآية» (the verse's coming down)
is the «نزلت» of the facts, as «وصول» is «وصل». Each row is a message and what it gets."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("نزول آيات سورة التوبة في المتثاقلين عن غزوة تبوك", "verse_38", "اثَّاقَلْتُمْ"),
        ("موضوع الدرس: نزول آية من سورة التوبة في المتثاقلين عن غزوة تبوك", "verse_38", "اثَّاقَلْتُمْ"),
    ],
)
def test_the_verbal_noun_reads_as_the_verb(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
