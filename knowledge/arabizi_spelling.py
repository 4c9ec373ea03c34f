"""Arabic spellings of one Arabizi word: Latin letters and letter-digits read as Arabic letters.

Arabizi («chat Arabic») writes Arabic in Latin letters, with digits for the letters Latin
lacks: 3 = ع, 7 = ح, 5 = خ, 2 = ء (and, in Levantine and Egyptian speech, the ق said as a
glottal stop), 6 = ط, 8 = غ, 9 = ق or ص; and digraphs gh = غ, kh = خ, sh/ch = ش, th = ث.
Short vowels are usually typed and long ones often not told apart, so one Latin word has
several Arabic spellings («tabuk»: تبك, تبوك; «sa7abi»: سحبي, صحابي). `spellings` lists them,
the usual reading first and the ones that need more unusual letter choices later; the caller
picks the first one the fact base knows, and keeps the first one otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

# How many spellings of one word are tried at most: a long word with many vowels and
# ambiguous consonants has thousands; the likely ones come first, so the rest are dropped.
MAX_SPELLINGS = 400

# Two- and one-character units, longest first. Each maps to its Arabic readings, the usual
# one first: t, s, d, z, h, k also stand for the emphatic or throat letters Latin lacks
# (ط ص ض ظ ح ق), because writers seldom mark them.
_CONSONANTS: dict[str, tuple[str, ...]] = {
    "3'": ("غ",),
    "7'": ("خ",),
    "9'": ("ض",),
    "6'": ("ظ",),
    "kh": ("خ",),
    "gh": ("غ",),
    "sh": ("ش",),
    "ch": ("ش",),
    "th": ("ث", "ذ", "ت"),
    "dh": ("ذ", "ض", "د"),
    "b": ("ب",),
    "p": ("ب",),
    "t": ("ت", "ط"),
    "j": ("ج",),
    "g": ("ج", "ق", "غ"),
    "d": ("د", "ض"),
    "r": ("ر",),
    "z": ("ز", "ظ"),
    "s": ("س", "ص"),
    "f": ("ف",),
    "v": ("ف",),
    "q": ("ق",),
    "k": ("ك", "ق"),
    "l": ("ل",),
    "m": ("م",),
    "n": ("ن",),
    "h": ("ه", "ح"),
    "w": ("و",),
    "y": ("ي",),
    "x": ("كس",),
    "c": ("ك", "س"),
    # Letter-digits: the shapes of Arabic letters Latin has no letter for.
    "2": ("ق", "ا", ""),
    "3": ("ع",),
    "5": ("خ",),
    "6": ("ط",),
    "7": ("ح",),
    "8": ("غ", "ه"),
    "9": ("ق", "ص"),
}

# Long vowels typed doubled: «meen», «kteer», «rasool», «3ouloum».
_LONG_VOWELS: dict[str, str] = {"aa": "ا", "ee": "ي", "ii": "ي", "oo": "و", "ou": "و", "uu": "و"}

# Short vowels: at the start a word opens with alif; in the middle a short vowel is not
# written, though «i», «o», «u» usually stand for a long one; at the end «a» is the feminine
# «ة» (normalised ه) of most nouns («ghazwa», «madina»), else a long «ا»; «e» is «ه» or «ي».
_VOWEL_START: dict[str, tuple[str, ...]] = {
    "a": ("ا",),
    "e": ("ا",),
    "i": ("ا", "اي"),
    "o": ("ا", "او"),
    "u": ("ا", "او"),
}
_VOWEL_MIDDLE: dict[str, tuple[str, ...]] = {
    "a": ("", "ا"),
    "e": ("", "ي"),
    "i": ("ي", ""),
    "o": ("و", ""),
    "u": ("و", ""),
}
_VOWEL_END: dict[str, tuple[str, ...]] = {
    "a": ("ه", "ا"),
    "e": ("ه", "ي"),
    "i": ("ي",),
    "o": ("و",),
    "u": ("و",),
}


def _units(word: str) -> list[str]:
    """The word cut into letter units, digraphs and doubled vowels read as one."""
    units: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in _CONSONANTS or pair in _LONG_VOWELS:
            units.append(pair)
            i += 2
        elif units and word[i] == units[-1] and word[i] in _CONSONANTS:
            i += 1  # a doubled consonant is one letter with a shadda, which is not written
        else:
            units.append(word[i])
            i += 1
    return units


def _choices(units: list[str]) -> list[tuple[str, ...]]:
    """Each unit's Arabic readings in order of likelihood (a unit not known stays itself)."""
    out: list[tuple[str, ...]] = []
    last = len(units) - 1
    for index, unit in enumerate(units):
        if unit in _LONG_VOWELS:
            out.append(("ا" + _LONG_VOWELS[unit],) if index == 0 else (_LONG_VOWELS[unit],))
        elif unit in _CONSONANTS:
            out.append(_CONSONANTS[unit])
        elif index == 0 and unit in _VOWEL_START:
            out.append(_VOWEL_START[unit])
        elif index == last and unit in _VOWEL_END and index > 0:
            out.append(_VOWEL_END[unit])
        elif unit in _VOWEL_MIDDLE:
            out.append(_VOWEL_MIDDLE[unit])
        else:
            out.append((unit,))
    return out


def _costing(choices: list[tuple[str, ...]], cost: int) -> Iterator[tuple[int, ...]]:
    """Every choice of readings whose positions in their lists add up to `cost`."""
    if not choices:
        if cost == 0:
            yield ()
        return
    rest = sum(len(c) - 1 for c in choices[1:])
    for first in range(min(cost, len(choices[0]) - 1) + 1):
        if cost - first <= rest:
            for tail in _costing(choices[1:], cost - first):
                yield (first, *tail)


def weighed_spellings(word: str) -> list[tuple[str, int]]:
    """The Arabic spellings of a lower-case Arabizi word with how many unusual readings each
    takes (0 for the usual reading of every letter), likeliest first, without repeats.

    Among spellings of equal weight, earlier units keep their usual reading longest. Some
    endings bring readings of their own, weighed as usual ones: «-et» («ghazwet») and «-at»
    the feminine «ة» of a noun before its genitive («دومة الجندل»), «-an» an adverb
    («aslan»: اصلا), «-oh» the pronoun «ه» («maloh»: ماله)."""
    seen: dict[str, int] = {}
    for ending, cut, last in (("et", 1, "ه"), ("an", 1, "ا"), ("oh", 2, "ه"), ("ouh", 3, "ه")):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            # the ending's own reading first: «ghazwet» is غزوة far more often than غزوت
            stem_part = word[:-cut] + ("h" if ending in ("oh", "ouh") else "")
            for spelling, weight in weighed_spellings(stem_part):
                if spelling.endswith(last):
                    seen.setdefault(spelling, weight)
    choices = _choices(_units(word))
    most = sum(len(c) - 1 for c in choices)
    for cost in range(most + 1):
        for combo in _costing(choices, cost):
            if len(seen) >= MAX_SPELLINGS:
                break
            seen.setdefault("".join(c[i] for c, i in zip(choices, combo, strict=True)), cost)
    if len(word) > 3 and word.endswith("at"):
        for spelling, weight in weighed_spellings(word[:-1]):
            if spelling.endswith("ه"):
                seen.setdefault(spelling, weight)
    return list(seen.items())


def spellings(word: str) -> list[str]:
    """The Arabic spellings of a lower-case Arabizi word, most likely first (no repeats)."""
    return [spelling for spelling, _ in weighed_spellings(word)]
