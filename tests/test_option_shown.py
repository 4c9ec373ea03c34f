"""The chosen option is shown as the asker typed it: without the bullet of its line («- رجب»
shown «رجب»), while a dash inside an option is kept; the hijri mark after a year, its tatweel
lost in reading, is shown whole («9 هـ»), and so is the label «هـ»."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.option_shown import shown_option
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "first_line"),
    [
        ("في أي شهر خرج النبي إلى تبوك؟\n- شوال\n- رجب\n- محرم", "الجواب: (2) رجب"),
        ("متى كانت غزوة تبوك؟\n* شوال\n* رجب", "الجواب: (2) رجب"),
        (
            "كم كان عدد جيش تبوك؟\n– عشرة آلاف\n– أكثر من أربعين ألفا",
            "الجواب: (2) أكثر من أربعين ألفا",
        ),
    ],
)
def test_the_bullet_of_an_option_s_line_is_not_shown(
    answerer: FormAnswerer, message: str, first_line: str
) -> None:
    _, text = reply_to(answerer, message)
    assert text.splitlines()[0] == first_line, text


def test_a_dash_inside_an_option_is_kept(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "متى كانت غزوة تبوك؟\nأ) رجب - السنة التاسعة\nب) شوال - الثامنة")
    assert text.splitlines()[0] == "الجواب: (أ) رجب - السنة التاسعة", text


@pytest.mark.parametrize(
    ("message", "first_line"),
    [
        ("متى وقعت غزوة تبوك؟ أ) رمضان 8هـ ب) رجب 9هـ", "الجواب: (ب) رجب 9 هـ"),
        ("غزوة تبوك كانت سنة:\n• 8هـ\n• 9هـ\n• 10هـ", "الجواب: (2) 9 هـ"),
        (
            "متى كانت غزوة تبوك؟ أ) شعبان ب) رمضان ج) شوال د) محرم ه) رجب و) صفر",
            "الجواب: (هـ) رجب",
        ),
    ],
)
def test_the_hijri_mark_and_the_fifth_label_are_shown_whole(
    answerer: FormAnswerer, message: str, first_line: str
) -> None:
    _, text = reply_to(answerer, message)
    assert text.splitlines()[0] == first_line, text


def test_a_word_in_ha_after_a_number_is_left_alone() -> None:
    # («9 هجري», «3 هدايا»: a word, not the mark; only a lone «ه» after a year is)
    assert shown_option("رجب 9 هجري") == "رجب 9 هجري"
    assert shown_option("9 ه.") == "9 هـ."
