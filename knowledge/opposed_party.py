"""Questions that ask against whom a deed was done: «ضد من أعلن النبي التعبئة؟».

«ضد» with a question word after it («ضد من», «ضد مين», «ضد أي دولة»), or closing a relative
clause with a pronoun («الأطراف التي أعلن التعبئة ضدها»), asks the side a deed was against:
a people, answered by a fact that names a party (answer type person), never by the deed's
own fact, which shares every other word of the question («أعلن النبي التعبئة»).
"""

from __future__ import annotations

import dataclasses
from itertools import pairwise
from typing import TYPE_CHECKING

from knowledge.models import AnswerType
from knowledge.normalize import normalize, without_conjunction
from knowledge.tuning import SUGGEST_MIN_SCORE

if TYPE_CHECKING:
    from knowledge.analysis import Analysis
    from knowledge.ranking_results import Candidate, Ranking

# Question words that, right after «ضد», ask which side (normalised: أ read ا).
_ASKING: frozenset[str] = frozenset("من مين منو منهو اي انهي".split())

# Relative pronouns whose clause «… ضدها» closes (normalised). «الي» is left out: it is also
# «إلى» once the hamza and ى are folded.
_RELATIVES: frozenset[str] = frozenset("التي الذي الذين اللي اللتي اللذين اللاتي".split())

# «ضد» with a pronoun pointing back to the relative clause's head.
_AGAINST_IT: frozenset[str] = frozenset("ضدها ضدهم ضده ضدهما".split())


def asks_the_opposed_party(words: tuple[str, ...]) -> bool:
    """Whether the (normalised) words ask the side a deed was against."""
    if any(
        without_conjunction(word, "و") == "ضد" and following in _ASKING
        for word, following in pairwise(words)
    ):
        return True
    after_relative = False
    for word in words:
        if word in _RELATIVES:
            after_relative = True
        elif after_relative and word in _AGAINST_IT:
            return True
    return False


# Keywords that mark a fact as the one about the side opposed (normalised).
_OPPOSED_KEYWORDS: frozenset[str] = frozenset("ضد العدو عدو الاعداء الخصم خصم".split())


def keyed_as_the_opposed(keywords: tuple[str, ...]) -> bool:
    """Whether a fact's (normalised) keywords mark it as the fact about the side opposed."""
    return any(keyword in _OPPOSED_KEYWORDS for keyword in keywords)


def the_opposed_parties(analysis: Analysis, ranking: Ranking) -> Ranking:
    """«ضد من أعلن النبي التعبئة» asks the side the deed was against: only facts that
    name a party (answer type person) can answer it, not the deed's own fact."""
    if not asks_the_opposed_party(analysis.words):
        return ranking
    kept = tuple(c for c in ranking.candidates if c.fact.answer_type is AnswerType.PERSON)
    if not kept or len(kept) == len(ranking.candidates):
        return ranking
    return dataclasses.replace(ranking, candidates=kept)


def sole_opposed(analysis: Analysis, ranking: Ranking) -> Candidate | None:
    """The one candidate near enough to suggest whose keywords mark it as the fact about
    the side opposed («ضد», «العدو»), when the question asks against whom; else None."""
    if not asks_the_opposed_party(analysis.words):
        return None
    keyed = [
        candidate
        for candidate in ranking.candidates
        if candidate.score >= SUGGEST_MIN_SCORE
        and keyed_as_the_opposed(tuple(normalize(k) for k in candidate.fact.keywords))
    ]
    return keyed[0] if len(keyed) == 1 else None
