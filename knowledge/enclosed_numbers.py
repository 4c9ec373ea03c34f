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


# Letters drawn as emoji or enclosed, the way channels letter a quiz's options («🅰️ النبي
# 🅱️ خالد»): each block runs A, B, C … from its first code point. (Regional indicators are
# left alone: two of them are a flag.) «©️» stands for C in a run «🅰️ 🅱️ ©️».
_LETTER_BLOCKS = (0x1F170, 0x1F130, 0x1F150, 0x24B6, 0x24D0)
_OPTION_LETTERS = "abcdef"
_LETTER_OF = {
    chr(first + index): letter
    for first in _LETTER_BLOCKS
    for index, letter in enumerate(_OPTION_LETTERS)
} | {"©": "c"}
_ENCLOSED_LETTER = re.compile(rf"([{''.join(_LETTER_OF)}])\ufe0f?[^\S\n]*(?=\S)")
# «🅰️ صح 🅱️ خطأ»: the verdicts a channel offers under a claim (read bare later,
# knowledge/message_text.py), no options of a question.
_VERDICT = re.compile(r"(?:صح|صحيح|صحيحة|صحيحه|صواب|خطأ|خطا|غلط|خاطئ|خاطئة|خاطئه)(?!\w)")


# The Arabic option letters, in the order of A, B, C … («أ) … ب) … ج) …»).
_ARABIC_LETTER_OF = dict(zip(_OPTION_LETTERS, ("أ", "ب", "ج", "د", "هـ", "و"), strict=True))
_ARABIC_SCRIPT = re.compile(r"[\u0621-\u064a]")


def plain_option_letters(text: str) -> str:
    """«من قائد غزوة تبوك؟ 🅰️ النبي 🅱️ خالد» → «… (أ) النبي (ب) خالد»: emoji letters that run
    in order from A, two or more, are the options' letters; other text as it is. Left as
    they were, the emoji were dropped and the options read as words of the question (the
    question «who led it?» was answered with Khalid's errand).

    In an Arabic message they become the Arabic letters (أ، ب، ج …), as an Arabic sheet
    letters its options: the reply names the chosen option by its label, and an Arabic reply
    showed a Latin «(a)» the user never typed. A message with no Arabic letter keeps the
    Latin ones."""
    if text.isascii():
        return text
    found = list(_ENCLOSED_LETTER.finditer(text))
    letters = [_LETTER_OF[match.group(1)] for match in found]
    if len(found) < 2 or letters != list(_OPTION_LETTERS[: len(found)]):
        return text
    if any(_VERDICT.match(text, match.end()) for match in found):
        return text
    arabic = _ARABIC_SCRIPT.search(text) is not None
    shown = _ARABIC_LETTER_OF if arabic else {letter: letter for letter in _OPTION_LETTERS}
    return _ENCLOSED_LETTER.sub(lambda match: f" ({shown[_LETTER_OF[match.group(1)]]}) ", text)
