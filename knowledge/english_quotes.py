"""Quotations of the verses the facts quote, found inside an English question.

Arabic words all from one quoted verse («اثاقلتم إلى الأرض»), or words of one verse's
translation, are read as that verse: a token only its fact knows. Kept apart from the matcher
(knowledge/english.py), which only adds the token to what it ranks.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.english_data import EnglishVerse
from knowledge.english_rules import quoted_token
from knowledge.english_text import EnglishReader, Reading
from knowledge.normalize import normalize as normalize_arabic
from knowledge.tuning import EN_QUOTE_MIN_LETTERS, EN_QUOTE_MIN_TERMS

# Words that say a number names a verse: «verse 38», «Surah 9:38», «at-Tawbah 117».
CITING = frozenset({"verse", "surah", "tawbah"})


class VerseQuotes:
    """The quoted verses' Arabic words and translations, by the fact that quotes each."""

    def __init__(self, reader: EnglishReader) -> None:
        self._reader = reader
        # Each word of a quoted verse's Arabic text -> the facts quoting it.
        self._words: dict[str, set[str]] = {}
        # Each quoted verse's translation, read into terms.
        self._terms: dict[str, frozenset[str]] = {}
        # Each quoted verse's number («verse 117») -> the facts quoting it.
        self._numbers: dict[str, set[str]] = {}

    def add(self, fact_id: str, verse: EnglishVerse) -> None:
        """Know the verse a fact quotes."""
        self._terms[fact_id] = frozenset(self._reader.read(verse.translation).terms)
        self._numbers.setdefault(str(verse.verse), set()).add(fact_id)
        for word in normalize_arabic(verse.arabic).split():
            self._words.setdefault(word, set()).add(fact_id)

    def read(self, reading: Reading) -> Reading:
        """«The verse «اثاقلتم إلى الأرض» is ...»: Arabic words all from one quoted verse are
        read as that verse (a token only its fact knows), not left unread; so are words of
        one verse's translation («"O ye who believe! What aileth you"»)."""
        if not reading.unread_arabic:
            return self._translation(self._numbered(reading))
        found = [self._words.get(w) for w in reading.unread_arabic]
        if any(owners is None for owners in found):
            return reading
        owners = set.intersection(*(set(o) for o in found if o is not None))
        quoted = "".join(reading.unread_arabic)
        if len(owners) != 1 or len(quoted) < EN_QUOTE_MIN_LETTERS:
            return reading
        token = quoted_token(owners.pop())
        terms = tuple(dict.fromkeys((*reading.terms, "verse", token)))
        return replace(reading, terms=terms, unread_arabic=())

    def _numbered(self, reading: Reading) -> Reading:
        """«Surah Tauba verse 117», «Surah al-Tawbah 9:38»: a verse named by its number is
        that verse (a citation gives the sura's name and the number, without «verse»)."""
        if not CITING & set(reading.terms):
            return reading
        owners = {f for t in reading.terms for f in self._numbers.get(t, ())}
        if len(owners) != 1:
            return reading
        token = quoted_token(owners.pop())
        return replace(reading, terms=tuple(dict.fromkeys((*reading.terms, token))))

    def _translation(self, reading: Reading) -> Reading:
        """Words of one verse's translation, more than any phrasing of another fact holds."""
        if "verse" not in reading.terms:
            return reading
        words = set(reading.terms) - {"verse", "tabuk"}
        shared = {f: len(words & t) for f, t in self._terms.items()}
        found = [f for f, n in shared.items() if n >= EN_QUOTE_MIN_TERMS]
        if len(found) != 1 or sorted(shared.values())[-2:][0] == shared[found[0]]:
            return reading
        token = quoted_token(found[0])
        return replace(reading, terms=tuple(dict.fromkeys((*reading.terms, token))))
