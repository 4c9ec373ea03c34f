"""A verse the text quotes, said to be of another surah or to have come down at another
battle («آية انفروا في سبيل الله اثاقلتم إلى الأرض من سورة البقرة», «آية ساعة العسرة نزلت
في غزوة أحد»): «خطأ», by the fact that quotes it and names its surah.

`verse_elsewhere` asks the statement with Tabuk put in to be stated in full; people name a
verse by a few of its words and say nothing else the fact states. Here it is enough that the
statement quotes two words in a row of the fact's verse (not words any verse may open with,
«يا أيها الذين آمنوا») and names another surah than the fact, or another battle and not
Tabuk, and denies nothing outside the quoted words («ما لكم» is the verse's own).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from knowledge.analysis import other_event
from knowledge.answer_keys import words_of
from knowledge.normalize import normalize
from knowledge.statement_words import negated, surahs
from knowledge.stemming import is_stopword
from knowledge.verse_elsewhere import BATTLES

if TYPE_CHECKING:
    from knowledge.models import Fact

_QUOTE_OPEN, _QUOTE_CLOSE = "﴿", "﴾"
# Words many verses share: a pair of only these names no verse («يا أيها الذين آمنوا»).
_COMMON = frozenset(normalize(word) for word in "يا أيها الذين آمنوا الله قال إن إذا".split())
_TABUK = "تبوك"
# «[التوبة: 38]»: the surah a quoted verse is cited with.
_CITED = re.compile(r"\[\s*([^\]:]+?)\s*:\s*\d+\s*\]")


def _verse(fact: Fact) -> tuple[str, ...]:
    if _QUOTE_OPEN not in fact.answer:
        return ()
    return words_of(fact.answer.split(_QUOTE_OPEN, 1)[1].split(_QUOTE_CLOSE, 1)[0])


def _quoted(verse: tuple[str, ...], words: tuple[str, ...]) -> set[int]:
    """The places of the words that quote the verse, two in a row at least, not all common."""
    pairs = set(pairwise(verse))
    at: set[int] = set()
    for index, pair in enumerate(pairwise(words)):
        if pair in pairs and not all(w in _COMMON or is_stopword(w) for w in pair):
            at |= {index, index + 1}
    return at


def quoting_verses(facts: Iterable[Fact]) -> tuple[Fact, ...]:
    """The facts whose answers quote a verse, in their order: verse_misplaced() passes over
    every other fact, so a judge hands it these, read once per base, not every fact."""
    return tuple(fact for fact in facts if _QUOTE_OPEN in fact.answer)


def verse_misplaced(facts: tuple[Fact, ...], statement: str) -> Fact | None:
    """The fact whose verse the statement quotes and puts in another surah or battle."""
    words = words_of(statement)
    for fact in facts:
        verse = _verse(fact)
        quoted = _quoted(verse, words) if verse else set()
        if not quoted:
            continue
        verse_words = set(verse)
        rest = tuple(w for i, w in enumerate(words) if i not in quoted and w not in verse_words)
        if negated(rest):
            return None
        claimed = surahs(rest)
        cited = {normalize(name) for name in _CITED.findall(fact.answer)}
        stated = surahs(words_of(f"{fact.answer} {fact.source}")) | cited
        if claimed and stated and not claimed & stated:
            return fact
        event = other_event(rest)
        if event in BATTLES and not any(_TABUK in w for w in words):
            return fact
    return None
