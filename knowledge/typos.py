"""Which one-letter differences are typing slips, and which make another word.

A fuzzy match within one edit also pairs real words: «عاش» (lived) is one letter from «عام»
(year), «مبلغ» (amount) one from «بلغ», «والد» (father) one from «خالد». Taking those for
typos turns a question the base cannot answer into a confident wrong answer. Slips people
really make keep the first letter (or miss only its dots: حيش for جيش) and replace a letter
only with one that is easy to hit or hear instead: a key next to it, a letter differing
only in its dots, or a sound-alike.
Swapped neighbouring letters, and a letter dropped or doubled, are slips anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA, Levenshtein

# The standard Arabic keyboard, row by row, as normalised text spells its keys (ئ and ى
# are ي, ؤ is و, ة is ه); the space stands for the لا key.
_KEYBOARD_ROWS = ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "يءور يهوزظ")
# Letters told apart only by their dots, and letters that sound alike in speech (ت for a
# final ة, which normalises to ه: مؤتت for مؤتة).
_DOT_FAMILIES = ("بتثني", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق")
_SOUND_ALIKES = ("قك", "ثس", "ذز", "ضظ", "ضد", "تط", "هح", "سص", "ظز", "قغ", "ته")


def _keyboard_neighbours() -> set[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for row_index, row in enumerate(_KEYBOARD_ROWS):
        for index, letter in enumerate(row):
            if index + 1 < len(row):
                pairs.add(frozenset((letter, row[index + 1])))
            if row_index + 1 < len(_KEYBOARD_ROWS):
                below = _KEYBOARD_ROWS[row_index + 1]
                for offset in (-1, 0, 1):  # rows are staggered: count the diagonal keys too
                    if 0 <= index + offset < len(below):
                        pairs.add(frozenset((letter, below[index + offset])))
    return pairs


def _families(groups: tuple[str, ...]) -> set[frozenset[str]]:
    return {frozenset((a, b)) for group in groups for a in group for b in group if a != b}


# Missed dots and sounds: the only slips allowed even on a word's first letter.
_FIRST_LETTER_SLIPS = _families(_DOT_FAMILIES) | _families(_SOUND_ALIKES)

CONFUSABLE: frozenset[frozenset[str]] = frozenset(
    pair
    for pair in _keyboard_neighbours() | _FIRST_LETTER_SLIPS
    if len(pair) == 2 and " " not in pair
)


def is_plausible_slip(typed: str, known: str) -> bool:
    """Could `typed` be `known` mistyped? (Both within a couple of edits of each other.)"""
    if not typed or not known:
        return False
    if typed[0] != known[0] and (
        len(typed) != len(known) or frozenset((typed[0], known[0])) not in _FIRST_LETTER_SLIPS
    ):
        return False  # a first letter is dropped or changed only by a missed dot or sound
    if OSA.distance(typed, known) == 1 < Levenshtein.distance(typed, known):
        return True  # only two neighbouring letters swapped (هقرل for هرقل)
    return all(
        frozenset((typed[op.src_pos], known[op.dest_pos])) in CONFUSABLE
        for op in Levenshtein.editops(typed, known)
        if op.tag == "replace"
    )


def adjacent_swaps(word: str) -> list[str]:
    """`word` with each pair of neighbouring letters swapped, the first letter kept."""
    return [
        word[:index] + word[index + 1] + word[index] + word[index + 2 :]
        for index in range(1, len(word) - 1)
        if word[index] != word[index + 1]
    ]


def letter_slips(word: str) -> set[str]:
    """`word` with one of the commonest phone slips undone, for the stemmer to read again:
    a final ة typed for ت (انتهة), a letter typed twice (المسلمينن), a letter typed with
    a dot-sibling's dots (المسلمبن), or two neighbouring letters swapped (العرسة). The first
    letter is kept."""
    variants: set[str] = set(adjacent_swaps(word))
    if word.endswith("ه"):
        variants.add(word[:-1] + "ت")
    for index in range(1, len(word)):
        if word[index] == word[index - 1]:
            variants.add(word[:index] + word[index + 1 :])
        for sibling in _DOT_SIBLINGS.get(word[index], ()):
            variants.add(word[:index] + sibling + word[index + 1 :])
    variants.discard(word)
    return variants


_DOT_SIBLINGS: dict[str, tuple[str, ...]] = {
    letter: tuple(other for other in family if other != letter)
    for family in _DOT_FAMILIES
    for letter in family
}


class WordsByLength:
    """Words grouped by length and first letter, for fuzzy lookups that only compare words
    of near length that may be slips of the typed word."""

    def __init__(self, words: Iterable[str]) -> None:
        # Sorted words of one length are their first letters' groups one after another, in
        # the letters' order: the groups are kept apart, each sorted.
        self._by_length_letter: dict[int, dict[str, list[str]]] = {}
        for word in sorted(words):
            self._by_length_letter.setdefault(len(word), {}).setdefault(word[:1], []).append(word)

    def slips_of(self, typed: str, lengths: tuple[int, ...]) -> list[str]:
        """The words of these lengths (in the order of `lengths`, sorted within each) less
        those is_plausible_slip(typed, word) refuses for their first letter alone: a first
        letter is changed only by a missed dot or a sound, and only with the length kept.
        The fuzzy search over the vocabulary, the dearest step of reading a mistyped word,
        so compares about a tenth of its words."""
        first = typed[:1]
        words: list[str] = []
        for length in lengths:
            groups = self._by_length_letter.get(length)
            if not groups:
                continue
            if length != len(typed):
                words += groups.get(first, ())
                continue
            for letter in _FIRST_LETTER_ALTERNATIVES.get(first, (first,)):
                words += groups.get(letter, ())
        return words


# For each letter, the first letters is_plausible_slip() allows a same-length word for it:
# itself and its dot and sound siblings, in the letters' order (as sorted words list them).
_FIRST_LETTER_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    letter: tuple(
        sorted(
            {letter} | {other for pair in _FIRST_LETTER_SLIPS if letter in pair for other in pair}
        )
    )
    for pair in _FIRST_LETTER_SLIPS
    for letter in pair
}
