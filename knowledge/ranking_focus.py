"""What a question is about, read from its ranking before the engine decides: the overview for
a question naming only the subject, the one fact whose keyword a headline is, the candidates
asked of the actor named, and the question read without a title of someone it names."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from knowledge.analysis import Analysis
from knowledge.asked import actor_of, actors_of
from knowledge.lexicon import ENTITIES, EPITHETS, SUBJECT_TERMS, QuestionType
from knowledge.matcher import Matcher
from knowledge.models import AnswerType
from knowledge.ranking_results import Candidate, Ranking

# «أولًا», «أسبق»: a question asking which came first (a stopword elsewhere: «أولًا: …»).
ORDER_WORDS = frozenset("اولا الاولي اسبق الاسبق اقدم الاقدم".split())
# Question words that do not ask for one detail (time, number, ...), so fit a summary.
GENERAL_QUESTION_TYPES = frozenset(
    {QuestionType.NONE, QuestionType.THING, QuestionType.MANNER, QuestionType.YESNO}
)


def overview_for(analysis: Analysis, ranking: Ranking) -> Candidate | None:
    """A question naming only the subject («ما هي غزوة تبوك») asks for the overview."""
    if not analysis.terms or analysis.question_type not in GENERAL_QUESTION_TYPES:
        return None
    # «يعني ايه غزوة تبوك», «ما معنى غزوة تبوك»: the meaning of the subject is the summary.
    if ranking.unknown_terms or not set(ranking.matched_terms) - {"معني"} <= SUBJECT_TERMS:
        return None
    if set(analysis.words[1:]) & ORDER_WORDS:
        return None  # «أي الغزوتين كانت أولًا؟» asks an order, not what the expedition was
    return next((c for c in ranking.candidates if c.fact.answer_type is AnswerType.OVERVIEW), None)


def keyword_owners(fact_ids: Iterable[str], matcher: Matcher) -> dict[frozenset[str], str]:
    """Each keyword (its terms) that exactly one fact has, with that fact's id."""
    by_keyword: dict[frozenset[str], set[str]] = {}
    for fact_id in fact_ids:
        profile = matcher.profile(fact_id)
        for terms in profile.keyword_sets if profile else ():
            if terms:
                by_keyword.setdefault(terms, set()).add(fact_id)
    return {terms: next(iter(owners)) for terms, owners in by_keyword.items() if len(owners) == 1}


def keyword_headline(
    analysis: Analysis, ranking: Ranking, keyword_owner: dict[frozenset[str], str]
) -> Candidate | None:
    """A message with no question word whose words are exactly one fact's keyword."""
    if analysis.question_type is not QuestionType.NONE or ranking.unknown_terms:
        return None
    owner = keyword_owner.get(frozenset(ranking.matched_terms))
    return next((c for c in ranking.candidates if c.fact.id == owner), None)


def about_the_actor(analysis: Analysis, ranking: Ranking) -> Ranking:
    """«موقف الروم من غزوة تبوك» asks the Romans' stance: a fact whose own phrasings ask
    the stance of someone else («موقف العرب من الروم») and never theirs is left out."""
    actor = actor_of(analysis.words)
    if actor is None:
        return ranking
    kept = tuple(
        candidate
        for candidate in ranking.candidates
        if not (actors := actors_of(candidate.fact.questions)) or actor in actors
    )
    if len(kept) == len(ranking.candidates):
        return ranking
    return dataclasses.replace(ranking, candidates=kept)


def without_titles(
    analysis: Analysis, ranking: Ranking, rank: Callable[[Analysis], Ranking]
) -> tuple[Analysis, Ranking] | None:
    """A question naming someone, whose only unknown words are a title or role of theirs
    («عثمان صهر النبي», «ثالث الخلفاء الراشدين»), is read without them: they identify the
    subject, they do not ask another detail."""
    unknown = set(ranking.unknown_terms)
    if not unknown or not unknown <= EPITHETS or not set(analysis.terms) & ENTITIES:
        return None
    kept = [
        (term, word)
        for term, word in zip(analysis.terms, analysis.term_words, strict=True)
        if term not in unknown
    ]
    lighter = dataclasses.replace(
        analysis,
        terms=tuple(term for term, _ in kept),
        term_words=tuple(word for _, word in kept),
    )
    return lighter, rank(lighter)
