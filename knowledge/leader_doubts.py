"""Why the fact a rule chose confidently is no answer after all: the question asks another
candidate's topic, the leader tells a deed but not the cause asked, or it was found only
through a real word repaired into another. Each gives the failure's name, or None."""

from __future__ import annotations

from knowledge.analysis import Analysis
from knowledge.asked import Asked
from knowledge.matcher import Matcher
from knowledge.ranking_results import Candidate, Ranking
from knowledge.repaired_links import linked_only_by_repair
from knowledge.tuning import ANOTHER_TOPIC_MIN_SCORE
from knowledge.wholes import WholesAndParts
from knowledge.why_contrast import (
    asks_why_of_a_contrast,
    explains_the_contrast,
    restates_the_deed,
)


def about_another(
    asked: Asked, ranking: Ranking, top: Candidate, matcher: Matcher, wholes: WholesAndParts
) -> str | None:
    """«أذكر المعاهدات اللي دارها النبي ملي كان مرابط فتبوك»: the first detail word is
    what another candidate is about (one of its keywords: المعاهدات) and the leader never
    mentions it: the question asks that other fact's thing, not the leader's."""
    leader = matcher.profile(top.fact.id)
    details = [term for term in ranking.matched_terms if term in asked.detail]
    if details[:1] == ["اسم"]:
        details = details[1:] or details  # («ما اسم ملك الروم»: the king's name)
    head = details[0] if details else None
    if leader is None or head is None or head in leader.terms:
        return None
    related = {*wholes.wholes(top.fact.id), top.fact.id}
    for candidate in ranking.candidates[1:]:
        other = candidate.fact.id
        if (
            candidate.score >= ANOTHER_TOPIC_MIN_SCORE
            and other not in related
            and top.fact.id not in wholes.wholes(other)  # a whole and its part: one topic
            and head in wholes.keyword_terms(other)
        ):
            return "another's topic"
    return None


def no_cause_told(analysis: Analysis, top: Candidate, matcher: Matcher) -> bool:
    """«لماذا خلّى النبي سبيل أكيدر», «لماذا خضعت دومة الجندل دون قتال»: the leader,
    whichever rule chose it, tells the deed but not why (knowledge/why_contrast.py)."""
    profile = matcher.profile(top.fact.id)
    if restates_the_deed(analysis.question_type, analysis.words, profile):
        return True
    contrast = asks_why_of_a_contrast(analysis.question_type, analysis.words)
    return contrast and not explains_the_contrast(analysis.words, profile)


def repaired_link(
    analysis: Analysis, ranking: Ranking, top: Candidate, matcher: Matcher
) -> str | None:
    """«كم سيفا كان مع الجيش»: a leader found only through a real word repaired into
    another is a guess (knowledge/repaired_links.py)."""
    if linked_only_by_repair(analysis, ranking, matcher.vocabulary, matcher.rank, top.fact.id):
        return "found only through a real word repaired"
    return None
