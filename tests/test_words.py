"""Counts agree with their number wherever they are shown (texts.count)."""

import pytest

from bot import texts


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "مرة واحدة"),
        (2, "مرتان"),
        (3, "3 مرات"),
        (10, "10 مرات"),
        (11, "11 مرة"),
        (99, "99 مرة"),
        (100, "100 مرة"),
        (102, "102 مرة"),
        (103, "103 مرات"),
        (111, "111 مرة"),
        (0, "0 مرة"),
    ],
)
def test_times_agree_with_the_number(number: int, expected: str) -> None:
    assert texts.count(number, "time") == expected


def test_every_counted_noun_has_its_forms() -> None:
    for noun, forms in texts.COUNTED_NOUNS.items():
        assert len(forms) == 5 and all(forms), noun
        assert texts.count(1, noun) == forms[0] and texts.count(2, noun) == forms[1]
    assert texts.count(11, "question") == "11 سؤالًا"
    assert texts.count(5, "fact") == "5 حقائق"
    assert texts.seconds(3) == "3 ثوانٍ" and texts.seconds(30) == "30 ثانية"
    assert texts.minutes(105) == "105 دقائق" and texts.minutes(1) == "دقيقة واحدة"
