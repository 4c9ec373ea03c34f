"""Numbers written with the characters of numbered lists and footnotes («①», «⑵», «❸»,
«²»): pasted sheets number their items so. Python counts many of them as digits
("①".isdigit() is true) though int() refuses them, and the Arabic readers know items
numbered «(1)», «1-», «1.» only. They are written out as plain numbers before the Arabic
readers (the English reader takes «①Harith ②Zayd» as options itself). So are the keycap
emoji channels number a quiz's options with («1️⃣ كسرى 2️⃣ هرقل», «🔟»)."""

from __future__ import annotations

import re
import unicodedata

from knowledge.char_fold import CharFold

# Blocks of enclosed and dingbat numbers: circled, parenthesized, with a full stop, negative
# (white on black), double-circled. Each becomes a numbered item «(N) ».
_ENCLOSED_BLOCKS = ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3251, 0x325F), (0x32B1, 0x32BF))
# Superscript and subscript digits: a number set small («⁹⁵⁰») or a footnote mark; read as
# the digit itself.
_SMALL_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉"


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for first, last in _ENCLOSED_BLOCKS:
        for code in range(first, last + 1):
            value = unicodedata.numeric(chr(code), None)
            if value is not None and value == int(value):
                table[code] = f" ({int(value)}) "
    for char in _SMALL_DIGITS:
        table[ord(char)] = str(unicodedata.digit(char))
    return table


_PLAIN = CharFold(_table())
# «1️⃣»: a digit, the emoji selector (often lost on copying) and the enclosing keycap; «🔟».
# Left as they were, the keycap went with the normaliser's marks and «2 هرقل» was an option
# about a number.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3|(\U0001f51f)")


def _keycap(match: re.Match[str]) -> str:
    return f" ({match.group(1) or 10}) "


def plain_numbers(text: str) -> str:
    """«① كان عدد الجيش ثلاثين ألفًا» → « (1)  كان عدد الجيش ثلاثين ألفًا»; other text as is."""
    if text.isascii():
        return text
    if "\u20e3" in text or "\U0001f51f" in text:
        text = _KEYCAP.sub(_keycap, text)
    return _PLAIN(text)
