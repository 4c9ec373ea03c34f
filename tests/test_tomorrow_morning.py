"""«بكرة الصبح» (tomorrow morning) is when the asker needs the answer, never Abu Bakr («بكر»),
who pulled «the reasons» towards his gift and left them asked back; «أبو بكر» named stays
him. Each row is a message and the fact it gets."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        ("اذكر أسباب الغزوة بنقاط بكرة الصبح", "reasons", "من أسباب غزوة تبوك"),
        ("بكرة الصبح عندي تسميع، ما أسباب الغزوة؟", "reasons", "من أسباب غزوة تبوك"),
        ("شو اللي قدمه أبو بكر بتبوك؟ بكرة الصبح المسابقة", "abu_bakr_donation", "ماله كله"),
    ],
)
def test_tomorrow_morning_names_no_one(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)
