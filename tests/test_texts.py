"""User-facing Arabic: numbers and nouns agree, as clear Modern Standard Arabic requires."""

import pytest

from bot import texts


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "ثانية واحدة"), (2, "ثانيتان"), (5, "5 ثوانٍ"), (10, "10 ثوانٍ"), (30, "30 ثانية")],
)
def test_seconds_agree_with_their_number(count: int, expected: str) -> None:
    assert texts.seconds(count) == expected


def test_quiz_announcement_reads_naturally() -> None:
    text = texts.QUIZ_STARTING.format(count=5, seconds=texts.seconds(5))
    assert "ومدة كل سؤال: 5 ثوانٍ." in text
