"""Emoji opening the option lines of a quiz pasted from a channel («🔹 Rajab 9 AH», «✅ 950»).

They are read as a list of options, so a reply does not take the lines for the question's own
words, but no option among them is picked: read as options and picked, emoji lists turned a
held-out question asked back into a wrong choice in two sessions (knowledge/english_stems.py
keeps the choice unmade; bot/english_replies.py says so).
"""

from __future__ import annotations

import re

from knowledge.emoji_ranges import PICTOGRAPHS, SHAPES, SYMBOLS
from knowledge.tuning import EN_EMOJI_LIST_MIN_LINES

# The bullet an emoji list is read with (knowledge/english_option_lists.py) and the label its
# options get.
EMOJI_MARK = "⁂"
_EMOJI = rf"{PICTOGRAPHS}{SYMBOLS}{SHAPES}◽◾◻◼"
_EMOJI_LINE = re.compile(rf"^[ \t]*[{_EMOJI}]\ufe0f?[ \t]*(?=[^\s{_EMOJI}])", re.MULTILINE)


def emoji_listed(labels: tuple[str, ...]) -> bool:
    """Whether options carry the emoji list's label (read as options, never picked)."""
    return labels[:1] == (EMOJI_MARK,)


def emoji_bullets(text: str) -> str:
    """The text with the emoji opening each line of a list written as EMOJI_MARK; a text with
    fewer such lines is returned as it is."""
    if len(_EMOJI_LINE.findall(text)) < EN_EMOJI_LIST_MIN_LINES:
        return text
    return _EMOJI_LINE.sub(f"{EMOJI_MARK} ", text)
