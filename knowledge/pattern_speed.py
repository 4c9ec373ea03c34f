"""Faster forms of large reading patterns that match exactly what the plain forms match.

Python's `re` tries every branch of an alternation at every position of a text, so a
pattern of many words, or one that may start anywhere, costs tens of microseconds per
search, and the reader runs such patterns on every line of every message. Two rewrites
keep what matches, where, and its groups:
- `by_first_letter`: plain-word alternatives grouped by their first letter. At one
  position only the words that start with the letter there can match, and within a
  group they keep their order, so the leftmost-first choice is the same; `re` skips a
  group after one comparison instead of trying each of its words.
- `any_of`: several patterns tried at one place as one alternation.
- `Prefiltered`: a pattern tried only on texts that hold one of the words every match
  of it must hold (a pattern's own list, checked by tests against the plain pattern).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

# Characters with a meaning in a pattern: a word holding one is not a plain word.
_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def by_first_letter(words: Iterable[str]) -> str:
    """«عند|عندي|لدي» as «ع(?:ند|ندي)|ل(?:دي)»: the same alternation, words grouped by
    their first letter in their first-seen order (non-capturing, so group numbers stay).

    Words must be plain text (letters, spaces), and the pattern must be case-sensitive:
    under IGNORECASE two groups («P», «p») could both match at one position."""
    groups: dict[str, list[str]] = {}
    for word in words:
        if not word or _SPECIAL.intersection(word):
            raise ValueError(f"not a plain word: {word!r}")
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches (at a text's start, or the whole text) where one of
    `patterns` does: their alternation, in one call instead of one call each. They must
    share their flags and hold no backreference (the alternation renumbers groups)."""
    patterns = list(patterns)
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or any(re.search(r"\\[1-9]|\(\?P=", p.pattern) for p in patterns):
        raise ValueError("patterns with different flags or a backreference")
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), flags.pop())


class Prefiltered:
    """A compiled pattern searched only in texts that hold one of `needles` (or of
    `folded`, looked for in the lower-cased text): every match of it holds one, so a text
    without any has no match, and the pattern is not run over it."""

    __slots__ = ("_folded", "_last", "_needles", "pattern")

    def __init__(
        self, pattern: re.Pattern[str], needles: tuple[str, ...], folded: tuple[str, ...] = ()
    ) -> None:
        self.pattern = pattern
        self._needles = needles
        self._folded = folded
        # The last text searched and what was found: the reader searches the same line with
        # one pattern from several places (one tuple, so a thread never sees half of it).
        self._last: tuple[str, re.Match[str] | None] = ("", None)

    def may_match(self, text: str) -> bool:
        """False when the text holds none of the needles: the pattern cannot match."""
        # (plain loops: this runs for most lines with most patterns, and a generator's
        # frame for any() costs more than the few substring tests it makes)
        for needle in self._needles:
            if needle in text:
                return True
        if self._folded:
            lowered = text.lower()
            for needle in self._folded:
                if needle in lowered:
                    return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        last = self._last
        if last[0] == text:
            return last[1]
        found = self.pattern.search(text) if self.may_match(text) else None
        self._last = (text, found)
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def sub(self, replacement: str, text: str) -> str:
        return self.pattern.sub(replacement, text) if self.may_match(text) else text

    def split(self, text: str) -> list[str | Any]:
        return self.pattern.split(text) if self.may_match(text) else [text]
