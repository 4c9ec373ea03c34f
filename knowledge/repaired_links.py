"""A real word read as another through a typo repair is no link of its own to a fact.

«كم سيفا كان مع جيش المسلمين؟» reads «سيفا» (a sword) as «سلفا» (Heraclius paid his men a
year «سلفًا»), and «من كان على مقدمته؟» reads «مقدمته» (its vanguard) as «مقدم» (paid in
advance): the word typed is a real word with an ending the list of common words does not
hold (knowledge/common_words.py), one letter from a word the facts use. Such a repair may
be right («عاما» for the year of pay), so it is kept, but it must not be what puts the
leader first: read without it, the question must still lead to the same fact. Otherwise the
question asks about something the text does not state as likely as about that fact, and a
confident answer is a guess; the engine asks back instead.

Repairs into a name are not questioned here: a name is what people mistype most («عثمن»),
and the fact answering must then name that person (knowledge/asked.py).
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.analysis import Analysis
from knowledge.common_words import is_inflected_common_word
from knowledge.lexicon import ENTITIES, PROTECTED, SUBJECT_TERMS
from knowledge.ranking_results import Ranking

# Names, peoples and places: a repair into one of them is trusted (see the docstring).
_NAMES = ENTITIES | PROTECTED | SUBJECT_TERMS


def repaired_real_words(
    analysis: Analysis, ranking: Ranking, vocabulary: frozenset[str]
) -> set[str]:
    """The question's real words (with an ending) read only through a repair."""
    return {
        word
        for term, word in zip(analysis.terms, analysis.term_words, strict=True)
        if term not in vocabulary
        and term not in ranking.unknown_terms
        and term not in _NAMES
        and is_inflected_common_word(word)
    }


def linked_only_by_repair(
    analysis: Analysis,
    ranking: Ranking,
    vocabulary: frozenset[str],
    rank: Callable[[Analysis], Ranking],
    leader: str,
) -> bool:
    """Whether the fact `leader` leads only through a real word repaired into another: the
    question read without those words has another leader, or no candidate at all."""
    repaired = repaired_real_words(analysis, ranking, vocabulary)
    if not repaired:
        return False
    without = analysis.without_words(repaired)
    if not without.terms:
        return True
    candidates = rank(without).candidates
    return not candidates or candidates[0].fact.id != leader
