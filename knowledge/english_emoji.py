"""Emoji opening the option lines of a quiz pasted from a channel («🔹 Rajab 9 AH», «✅ 950»).

They are read as a list of options, so a reply does not take the lines for the question's own
words, but no option among them is picked: read as options and picked, emoji lists turned a
held-out question asked back into a wrong choice in two sessions (knowledge/english_stems.py
keeps the choice unmade; bot/english_replies.py says so).
"""

from __future__ import annotations

import re
from itertools import pairwise

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


# Letters drawn as emoji or enclosed, the way channels letter a quiz's options («🅰️ Persian»,
# «🇧 Byzantine», «Ⓒ Abyssinian»): each block runs A, B, C … from its first code point.
_LETTER_BLOCKS = (
    0x1F170,  # negative squared «🅰 🅱 🅲»
    0x1F130,  # squared «🄰 🄱 🄲»
    0x1F150,  # negative circled «🅐 🅑 🅒»
    0x1F1E6,  # regional indicators «🇦 🇧 🇨»
    0x24B6,  # circled capitals «Ⓐ Ⓑ Ⓒ»
    0x24D0,  # circled small letters «ⓐ ⓑ ⓒ»
)
_OPTION_LETTERS = "abcdef"
_LETTER_OF = {
    chr(first + index): letter
    for first in _LETTER_BLOCKS
    for index, letter in enumerate(_OPTION_LETTERS)
}
# «©️» stands for C in a run «🅰️ 🅱️ ©️» (there is no C among the common emoji).
_C_STAND_IN = "©"
# (A regional indicator followed by another is a flag, «🇦🇩», not a letter.)
_LETTER_LINE = re.compile(
    rf"^([ \t]*)([{''.join(_LETTER_OF)}{_C_STAND_IN}])\ufe0f?"
    r"(?![\U0001f1e6-\U0001f1ff])[ \t]*(?=\S)",
    re.MULTILINE,
)


def emoji_letters(text: str) -> str:
    """The text with emoji letters opening option lines written «a) », «b) » …, when they run
    in order from «a» on consecutive lines (at least EN_EMOJI_LIST_MIN_LINES of them); else
    the text as it is. Read so, the options are a lettered list, chosen among as «a) b) c)»
    are, not an emoji-bulleted one (whose marks say nothing of order)."""
    found = list(_LETTER_LINE.finditer(text))
    letters = [_LETTER_OF.get(m.group(2), "c" if m.group(2) == _C_STAND_IN else "") for m in found]
    if len(found) < EN_EMOJI_LIST_MIN_LINES or letters != list(_OPTION_LETTERS[: len(found)]):
        return text
    lines_between = [text[a.end() : b.start()].count("\n") for a, b in pairwise(found)]
    if any(count != 1 for count in lines_between):
        return text
    out, last = [], 0
    for match, letter in zip(found, letters, strict=True):
        out.append(text[last : match.start()])
        out.append(f"{match.group(1)}{letter}) ")
        last = match.end()
    out.append(text[last:])
    return "".join(out)
