"""Whether the leading candidate stands clear of its rivals (the engine's confidence checks).

Each says whether a runner-up near the leader is a real rival (knowledge/engine.py asks back
when one is) or whether the question's one unknown word is the very thing it asks.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.analysis import Analysis
from knowledge.lexicon import ENTITIES, SUBJECT_TERMS, QuestionType
from knowledge.models import AnswerType
from knowledge.question_words import IS, WHAT
from knowledge.ranking_results import Candidate, FactProfile, Ranking
from knowledge.tuning import SUGGEST_MIN_SCORE

# A fact's profile by its id (Matcher.profile), None for a fact the matcher does not know.
ProfileOf = Callable[[str], FactProfile | None]
# The facts a fact is declared part of (AnswerEngine.wholes).
WholesOf = Callable[[str], tuple[str, ...]]

# «ما هي …»: the question word and pronoun before the thing a question asks. Not «ماذا»: a
# verb follows it («ماذا حمل …»), not the thing asked.
_WHAT_WORDS = WHAT - {"ماذا"}
# Nouns asking how the named subject relates to the rest («ما صلة أكيدر بدومة الجندل», «ما
# الجزء الذي تصدق به عمر»): the subject's fact states it, the noun names no detail itself.
_RELATION_WORDS = frozenset("صله الصله علاقه العلاقه جزء الجزء".split())


def asks_the_unknown(analysis: Analysis, ranking: Ranking) -> bool:
    """«ما هي التجارة التي جمع منها عبد الرحمن ماله»: the one word no fact knows is the
    thing asked (the first word after «ما هو/هي» or «ما اسم»), not a harmless extra."""
    words = analysis.words
    if len(words) < 3 or words[0] not in _WHAT_WORDS:
        return False
    at = 2 if words[1] in IS else 1
    head = analysis.term_words[:1]
    if not head or words[at] != head[0] or head[0] in _RELATION_WORDS:
        return False
    return analysis.terms[0] in ranking.unknown_terms


def only_its_keyword(ranking: Ranking, top: Candidate, profile_of: ProfileOf) -> bool:
    """The question holds one of the leader's keywords whole («جيش العسرة», «ماله كله»)
    and none of any fact that would be offered beside it."""
    asked = set(ranking.matched_terms)

    def named(fact_id: str, *, strong: bool = False) -> bool:
        # a strong naming is a keyword of two words or more («النفير العام») or a name
        # («أكيدر»): one common word («خلص», ended or saved) may be read either way
        profile = profile_of(fact_id)
        return profile is not None and any(
            terms
            and terms <= asked
            and terms - SUBJECT_TERMS
            and (not strong or len(terms - SUBJECT_TERMS) > 1 or terms & ENTITIES)
            for terms in profile.keyword_sets
        )

    if not named(top.fact.id, strong=True):
        return False
    return not any(
        named(rival.fact.id)
        for rival in ranking.candidates[1:]
        if rival.score >= SUGGEST_MIN_SCORE
    )


def dominates(ranking: Ranking, top: Candidate, profile_of: ProfileOf, wholes: WholesOf) -> bool:
    """Each fact that would be offered beside the leader shares with the question only
    words the leader shares too (beyond the frame), and the leader has more: the rival
    is near only by those words, so it is no reason to ask back."""
    asked = set(ranking.matched_terms) - SUBJECT_TERMS
    leader = profile_of(top.fact.id)
    if leader is None:
        return False
    mine = asked & leader.terms
    for rival in ranking.candidates[1:]:
        if rival.score < SUGGEST_MIN_SCORE:
            break
        if (
            ranking.analysis.question_type is QuestionType.YESNO
            and rival.fact.answer_type is AnswerType.YESNO
        ):
            return False  # the fact that says yes or no to it is a real rival
        if rival.fact.id in wholes(top.fact.id) or top.fact.id in wholes(rival.fact.id):
            continue  # the leader's whole or part answers with it, not against it
        profile = profile_of(rival.fact.id)
        theirs = asked & profile.terms if profile else set()
        if not theirs < mine:
            return False
    return bool(mine)
