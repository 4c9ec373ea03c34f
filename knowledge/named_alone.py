"""A «did you mean» the engine need not ask: the question names the leader's own subject and
no other fact worth offering states that subject at all.

«هرقل وش دخله في غزوة تبوك؟», «واش المسلمين تهزمو فمؤتة؟»: the leader is not a confident
answer by score (few of its phrasings' words are in the question), yet the question names
Heraclius or Mu'tah, and of the facts the engine would offer only the leader says anything
of them. The others are near only through the frame or a verb, so offering them asks the
reader to choose between facts that cannot be what the question is about.

Strict on purpose (a wrong answer is the worst outcome): every word is known (an unknown
word is often the very detail asked: «حصلت في انهي سمة»), the leader fits the question word
and names no one the question does not, and the named subject is a name or a keyword of two
words (one common word, «أعلن», «خاتمة», is read either way). Words of the question the
leader does not state must be no candidate's keyword: «ما اسم ملك أيلة» names Ayla (only
the treaties state it) but asks «اسم ملك», which Heraclius's «ملك الروم» and the army's
name are about: the detail asked is not the leader's. What the question asks is checked
afterwards like any answer (knowledge/asked.py).
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.lexicon import ENTITIES, SUBJECT_TERMS
from knowledge.matcher import FactProfile, Ranking
from knowledge.tuning import SUGGEST_MIN_SCORE, SUGGEST_WINDOW


def named_alone(profile_of: Callable[[str], FactProfile | None], ranking: Ranking) -> bool:
    """Whether the question names the leader's own subject and no fact worth offering
    beside it states it, with nothing else asked that another fact is about."""
    if not ranking.candidates or ranking.unknown_terms:
        return False
    top = ranking.candidates[0]
    leader = profile_of(top.fact.id)
    if leader is None or not top.type_fits or top.entity_conflict:
        return False
    asked = set(ranking.matched_terms)
    beyond = asked - leader.terms - SUBJECT_TERMS
    stated: set[str] = set()
    for other in ranking.candidates[1:]:
        profile = profile_of(other.fact.id)
        if profile is None:
            continue
        if beyond & profile.keyword_terms:
            return False  # the question asks something another fact is about
        if other.score >= SUGGEST_MIN_SCORE and top.score - other.score <= SUGGEST_WINDOW:
            stated |= profile.terms
    return any(
        (own := terms - SUBJECT_TERMS)
        and terms <= asked
        and not own & stated
        and (len(own) > 1 or own & ENTITIES)
        for terms in leader.keyword_sets
    )
