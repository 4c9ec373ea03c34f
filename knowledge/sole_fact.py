"""The engine's «only one fact does it» rules: when the leader is not a confident answer, a
question may still single out one candidate, the only one among those worth offering that
states its subject, says what it defines, or is asked with the stance it asks. Each rule
takes `where`, the engine's filter over the candidates worth offering (knowledge/engine.py)."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.asked import Asked, actor_of, actors_of, says_what_it_is
from knowledge.matcher import Candidate, FactProfile, Ranking
from knowledge.tuning import LOOSE_MIN_SCORE

# The candidates worth offering whose fact passes a test.
Where = Callable[[Callable[[FactProfile], bool]], list[Candidate]]


def sole_subject(where: Where, ranking: Ranking, asked: Asked) -> bool:
    """«دور هرقل في غزوة تبوك»: a question that names someone and asks nothing else of
    them (words asking for an account, the frame) is about the fact that states them,
    when the leader is the only fact among the candidates that does."""
    if ranking.unknown_terms or not ranking.candidates:
        return False
    if not asked.subject or asked.detail:
        return False
    stating = where(lambda profile: asked.subject <= profile.terms)
    top = ranking.candidates[0]
    return stating == [top] and top.score >= LOOSE_MIN_SCORE


def sole_definer(where: Where, ranking: Ranking, asked: Asked) -> Candidate | None:
    """«ما هو جيش العسرة»: of the candidates, only one says what it is: that one."""
    if not asked.defines or ranking.unknown_terms:
        return None
    defining = where(lambda profile: says_what_it_is(asked, profile))
    return defining[0] if len(defining) == 1 else None


def sole_actor(where: Where, ranking: Ranking, words: tuple[str, ...]) -> Candidate | None:
    """«موقف المنافقين من …»: the one candidate whose own phrasings ask that stance."""
    actor = actor_of(words)
    if actor is None or ranking.unknown_terms:
        return None
    owning = where(lambda profile: actor in actors_of(profile.fact.questions))
    return owning[0] if len(owning) == 1 else None
