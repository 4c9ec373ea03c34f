"""Every reader of option labels reads the same letters (knowledge/option_letters.py): a fifth
option «هـ)» (or «ه)» typed without tatweel) and a sixth «و)» on one line are options, while
the hijri «هـ» after a year («سنة 9 هـ.») stays text of its option."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message_options import inline_options
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "chosen"),
    [
        ("متى كانت غزوة تبوك؟ أ) شعبان ب) رمضان ج) شوال د) محرم هـ) رجب و) صفر", ") رجب"),
        (
            "كم كان عدد جيش المسلمين في تبوك؟ أ) 3000 ب) 10000 ج) 20000 د) 70000 ه) أكثر من 40000",
            ") أكثر من 40000",
        ),
    ],
)
def test_a_fifth_and_sixth_letter_label_options_on_one_line(
    answerer: FormAnswerer, message: str, chosen: str
) -> None:
    _, text = reply_to(answerer, message)
    first = text.splitlines()[0]
    assert first.startswith("الجواب: (ه") and first.endswith(chosen), text


def test_five_options_on_one_line_are_read() -> None:
    found = inline_options("… أ) خالد ب) عمر ج) علي د) أبو بكر هـ) النبي")
    assert found is not None
    assert [option.text for option in found[1]] == ["خالد", "عمر", "علي", "أبو بكر", "النبي"]


@pytest.mark.parametrize(
    "message",
    [
        "متى كانت غزوة تبوك؟ أ) سنة 8 هـ. ب) سنة 9 هـ. ج) سنة 10 هـ.",
        "في أي سنة كانت غزوة تبوك؟ أ) رجب (8 هـ) ب) رجب (9 هـ) ج) شوال (10 هـ)",
    ],
)
def test_the_hijri_mark_after_a_year_is_no_label(answerer: FormAnswerer, message: str) -> None:
    _, text = reply_to(answerer, message)
    assert text.startswith("الجواب: (ب) "), text
    assert "9" in text.splitlines()[0], text
