"""Text cut to a length (bot/clip.py): one implementation for refusals, labels and previews."""

from __future__ import annotations

import pytest

from bot.clip import QUOTED_MAX, clip, one_line, quoted


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("غزوة تبوك", 20, "غزوة تبوك"),
        ("غزوة تبوك", 9, "غزوة تبوك"),
        ("غزوة تبوك", 8, "غزوة تب…"),
        # No space is left before the mark.
        ("غزوة تبوك", 6, "غزوة…"),
        ("abc", 1, "…"),
    ],
)
def test_clip(text: str, limit: int, expected: str) -> None:
    assert clip(text, limit) == expected
    assert len(clip(text, limit)) <= limit


def test_one_line_folds_white_space_before_cutting() -> None:
    assert one_line("متى\n\nكانت   الغزوة", 100) == "متى كانت الغزوة"
    assert one_line("متى\n\nكانت   الغزوة", 9) == "متى كانت…"


def test_quoted_keeps_a_short_value_and_cuts_a_long_one() -> None:
    assert quoted("q_date_1") == "q_date_1"
    assert quoted("x" * 4000) == "x" * (QUOTED_MAX - 1) + "…"
    assert quoted("س" * 400, 300) == "س" * 299 + "…"
