"""Arabic text normalisation for matching, as people type on phones.

The order matters (see shared/notes/ARABIC_MATCHING.md): marks must go before any
punctuation pass because combining marks are not word characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from functools import lru_cache

from knowledge.char_fold import CharFold

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]")
# Tatweel, zero-width and direction controls, BOM, soft hyphen, Arabic letter mark.
_INVISIBLE = re.compile("[\u0640\u00ad\u061c\u180e\u200c-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ې": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ڪ": "ك",
        # Gulf and Iraqi spelling: چم = كم, گال = قال.
        "چ": "ك",
        "گ": "ق",
        "ڤ": "ف",
        "پ": "ب",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)
_fold = CharFold(_FOLD)  # (text.translate(_FOLD), without its cost on other letters)
# Anything that is not an Arabic letter, an ASCII letter or a digit separates words.
_SEPARATORS = re.compile(r"[^\u0621-\u064a0-9a-z]+")
# Long vowels are never tripled in Arabic; ساااعة is a stretched ساعة.
_STRETCHED_VOWEL = re.compile(r"([اوي])\1{2,}")
# Other letters tripled or more are stretched too, but keep two (الله has a real لل).
# Digits are never stretched: 40000 is a number, not a stretched 400.
_STRETCHED_LETTER = re.compile(r"([^\d])\1{2,}")
# A final hamza is written «ؤ» or «ئ» before a pronoun («حلفاؤهم», «أعدائهم», «وراءه»):
# it is the «ء» of the word alone («حلفاء»), so it is folded to it there, not to «و/ي».
# A figure typed against a word («عثمان950جملا», «اكثر من40الف»): two words. (A lone prefix
# stays on its figure: «و50» is one word, as typed with a space.)
_GLUED_FIGURE = re.compile(r"(?<=[\u0621-\u064a]{2})(?=\d)|(?<=\d)(?=[\u0621-\u064a])")
_DIGIT = re.compile(r"\d")
_HAMZA_BEFORE_PRONOUN = re.compile(r"(?<=\w\wا)[ؤئ](?=(?:ها|هم|هما|هن|كم|نا)(?:\W|$))")


# A base is read and indexed again after every admin change, and every stored phrasing is
# folded each time: remembering recent strings makes a rebuild reuse that work.
@lru_cache(maxsize=32_768)
def normalize(text: str) -> str:
    """Fold an Arabic string to the form used for matching: bare letters, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text)
    text = _INVISIBLE.sub("", text)
    if "ؤ" in text or "ئ" in text:
        # (every match of it is one of the two: a text without them has nothing to fold)
        text = _HAMZA_BEFORE_PRONOUN.sub("ء", text)
    text = _fold(text).lower()
    text = _SEPARATORS.sub(" ", text)
    if _DIGIT.search(text):
        # (every match of it is next to a digit; most texts hold none, and its lookbehind
        # is tried at every position, so the cheap search comes first)
        text = _GLUED_FIGURE.sub(" ", text)
    if _STRETCHED_LETTER.search(text):
        # (a tripled vowel is a tripled letter too: without one, neither pass changes a thing)
        text = _STRETCHED_VOWEL.sub(r"\1", text)
        text = _STRETCHED_LETTER.sub(r"\1\1", text)
    return " ".join(text.split())


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def has_arabic(text: str) -> bool:
    """True when the text holds at least one Arabic letter (marks and digits do not count)."""
    return bool(_ARABIC_LETTER.search(text))


# «و» (and) and «ف» (so, then) are written joined to the word after them.
CONJUNCTIONS = "وف"


def without_conjunction(
    word: str,
    letters: str = CONJUNCTIONS,
    *,
    known: Container[str] | None = None,
    longer_than: int = 0,
) -> str:
    """A normalised word without a leading conjunction «و» (and) or «ف» (so, then), which
    Arabic writes joined to the next word («ومتى», «فكم», «وعددهم»).

    Nothing in the spelling tells the conjunction from a word's own first letter: «وفد»
    (delegation), «وقت» (time), «وصل» (arrived), «فرس» (horse), «فوق» (above) begin with
    one. So a caller drops it where a wrong drop cannot match:
    - `known`: only when the rest is in the table the caller then looks the word up in
      («ومتى» → «متى»; «وقت» keeps its «و», «قت» being no word of the table);
    - `longer_than`: only from a word of more letters than that, where what is left is
      still a word («وهم» is more likely «they» than «and» + «هم»);
    - neither: from any word, where the caller looks the rest up in a closed table of its
      own, which a broken word («قت») never matches.
    `letters="و"` where «ف» before the caller's words begins the word itself more often
    than it is «so».
    """
    # (longer_than is never negative: a word of no letters is returned as it is)
    dropped = len(word) > longer_than and word[0] in letters
    return word[1:] if dropped and (known is None or word[1:] in known) else word


def without_conjunctions(word: str) -> str:
    """A word without a leading «و», then a leading «ف» («وفمتى»: and so when).
    Either alone is dropped too; dropping both from a word that only begins so («وفد» →
    «د») leaves a broken word that the caller's table never holds."""
    return without_conjunction(without_conjunction(word, "و"), "ف")
