"""The letters that label options, in order, shared by every reader of labelled options
(on their lines, «أ) …» under a stem; inline, «… أ) x ب) y»; a quiz post's label style), so
that each reads the same fifth and sixth letter: «هـ» typed with its tatweel or without
(«ه)»), and «و»."""

from __future__ import annotations

# Arabic option letters in order («ا» typed for «أ», «ه» for «هـ»: see option_rank).
ARABIC_OPTION_LETTERS = ("أ", "ب", "ج", "د", "هـ", "و")
LATIN_OPTION_LETTERS = ("a", "b", "c", "d", "e")

# One option letter in a pattern («هـ» first, so its tatweel is taken with it).
OPTION_LETTER = r"(?:هـ|[أابجدهوABCDEabcde])"

# An Arabic letter labelling an option, item or line in a pattern (no group: the reader puts
# it in its own): «أ» (typed «ا» too) to «هـ» (with its tatweel or without). Not «و», which
# is «and» before a word; OPTION_LETTER takes it where a label is read in order.
ARABIC_LABEL = r"[أابجده]|هـ"
# The same to the seventh letter («و», «ز»), for lists that run longer than options: the
# columns of a matching exercise, events to put in order.
ARABIC_LIST_LABEL = r"[أابجدهوز]|هـ"

# Letters that are also words or marks in an option's text: «و» (and), «هـ»/«ه» (the hijri
# mark, «9 هـ.»), «e» (newly read inline). Taken as a label only where they come next in
# order and not after a number.
AMBIGUOUS_LETTERS = frozenset({"هـ", "ه", "و", "e", "E"})

_SPELLINGS = {"ا": "أ", "ه": "هـ"}


def option_rank(label: str) -> int | None:
    """The place (1, 2, …) of an option letter however typed («ا» = «أ», «ه» = «هـ», «B» =
    «b»), or None for what is no option letter."""
    letter = label.strip().lower()
    letter = _SPELLINGS.get(letter, letter)
    for letters in (ARABIC_OPTION_LETTERS, LATIN_OPTION_LETTERS):
        if letter in letters:
            return letters.index(letter) + 1
    return None
