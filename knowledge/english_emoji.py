"""Emoji that open the option lines of a quiz pasted from a channel or a worksheet («🔹 Rajab
9 AH», «✅ 950», «👉 Surah At-Tawbah»): read as bullets, so the lines are options
(knowledge/english_option_lists.py), not clauses the emoji end (knowledge/english_courtesy.py).
"""

from __future__ import annotations

import re

# An emoji opening a line, as a bullet, with the text after it.
_EMOJI = r"\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF▪▫◽◾◻◼"
_EMOJI_LINE = re.compile(rf"^[ \t]*[{_EMOJI}]\ufe0f?[ \t]*(?=[^\s{_EMOJI}])", re.MULTILINE)
# A list: at least this many lines open with an emoji.
_FEWEST_LINES = 3


def emoji_bullets(text: str) -> str:
    """The text with the emoji opening each line of a list written as «• »; a text with
    fewer such lines is returned as it is."""
    if len(_EMOJI_LINE.findall(text)) < _FEWEST_LINES:
        return text
    return _EMOJI_LINE.sub("• ", text)
