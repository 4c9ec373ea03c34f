"""A question asking only which Surah: the verse facts of that one Surah are no rivals.

«Name the Surah in which verses about Tabuk were revealed», «In which surah were the verses
about Tabuk revealed?»: the facts quoting verse 38 and verse 117 both answer it (both are
in at-Tawbah), so their closeness is no reason to ask back which one is meant. A question
asking the verse too («Which Surah and verse …», «Which verse of Surah Tawbah …») or its
number keeps them apart.

Kept apart from the matcher (knowledge/english.py) so each module stays small.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from knowledge.english_data import EnglishVerse
from knowledge.english_decision import Scored
from knowledge.english_text import Reading

# Words that open a question before what it asks («What is the name of the surah …»).
_LEAD = frozenset("in which what name names of the is was give state write".split())
_SURA = frozenset({"surah", "sura", "surat", "chapter"})
# Asked beside the Surah: the verse itself or its number.
_VERSE = frozenset({"verse", "verses", "ayah", "ayat", "aya", "number", "numbers"})


def asks_sura_only(reading: Reading) -> bool:
    """Is the Surah the head of what is asked, and nothing of the verse beside it?"""
    words = reading.normalized.split()
    start = next((i for i, w in enumerate(words) if w not in _LEAD), len(words))
    if start == len(words) or words[start] not in _SURA:
        return False
    after = words[start + 1 : start + 3]
    return not (after[:1] in (["and"], ["&"]) and set(after[1:]) & _VERSE)


def same_sura_aside(
    reading: Reading,
    top: Scored,
    rivals: Sequence[Scored],
    verse_of: Callable[[str], EnglishVerse | None],
) -> tuple[Scored, list[Scored]]:
    """The leader and its rivals, without the facts quoting a verse of the leader's own
    Surah when only the Surah is asked; of those, the one that leaves least of the question
    unexplained leads («Which chapter … speaks about the army of hardship?»: verse 117)."""
    verse = verse_of(top.fact.id)
    if verse is None or not asks_sura_only(reading):
        return top, list(rivals)
    same = [r for r in rivals if (other := verse_of(r.fact.id)) and other.sura == verse.sura]
    best = min((top, *same), key=lambda s: (s.unexplained, -s.score))
    return best, [r for r in rivals if r not in same]
