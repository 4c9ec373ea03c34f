"""Cutting text to a length: what a reply quotes back of what was typed, labels, previews."""

from __future__ import annotations

# The most of a typed value (a fact id, a @username, a time zone) a refusal quotes back:
# enough to recognise a typo, while a 4,000-character argument still leaves a reply that fits
# in one Telegram message.
QUOTED_MAX = 40


def clip(text: str, limit: int) -> str:
    """At most `limit` characters; a longer text is cut and ends with «…»."""
    if len(text) <= limit:
        return text
    return text[: max(0, limit - 1)].rstrip() + "…"


def one_line(text: str, limit: int) -> str:
    """The text on one line (runs of white space made one space), at most `limit` characters."""
    return clip(" ".join(text.split()), limit)


def quoted(value: str, limit: int = QUOTED_MAX) -> str:
    """What a refusal quotes back of a typed value: one line of at most `limit` characters."""
    return one_line(value, limit)
