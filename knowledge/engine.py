"""The answer engine: a question in, one of a few well-defined outcomes out.

A wrong confident answer about religious history is the worst outcome, so the engine
answers only when one fact clearly wins and every content word of the question is known;
otherwise it asks "did you mean" or says it does not know.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from knowledge.analysis import (
    Analysis,
    analyze,
    is_greeting,
    is_thanks,
    split_greeting,
)
from knowledge.lexicon import SUBJECT_TERMS, QuestionType
from knowledge.matcher import TYPED_QUESTIONS, Candidate, Matcher, Ranking
from knowledge.models import AnswerType, Fact
from knowledge.normalize import has_arabic, normalize
from knowledge.tuning import (
    ANSWER_MAX_UNEXPLAINED,
    ANSWER_MIN_MARGIN,
    ANSWER_MIN_SCORE,
    LOOSE_MAX_UNEXPLAINED,
    LOOSE_MIN_MARGIN,
    LOOSE_MIN_SCORE,
    MAX_QUESTION_CHARS,
    MAX_SUGGESTIONS,
    ONE_UNKNOWN_MAX_UNEXPLAINED,
    ONE_UNKNOWN_MIN_MARGIN,
    ONE_UNKNOWN_MIN_SCORE,
    REPLY_CACHE_SIZE,
    SUGGEST_MIN_SCORE,
    SUGGEST_WINDOW,
)

# «أين» and «متى» want a place and a time: a fact that gives neither (and is never asked
# that way) is offered as "did you mean", never sent as the answer.
STRICT_TYPES = frozenset({QuestionType.PLACE, QuestionType.TIME})
# Question words that do not ask for one detail (time, number, ...), so fit a summary.
GENERAL_QUESTION_TYPES = frozenset(
    {QuestionType.NONE, QuestionType.THING, QuestionType.MANNER, QuestionType.YESNO}
)


class Outcome(StrEnum):
    """What the bot does with a message."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    MODERN = "modern"
    GREETING = "greeting"
    THANKS = "thanks"
    EMPTY = "empty"
    NOT_ARABIC = "not_arabic"
    TOO_LONG = "too_long"


@dataclass(frozen=True, slots=True)
class Reply:
    """The engine's decision for one message."""

    outcome: Outcome
    fact: Fact | None = None
    score: float = 0.0
    suggestions: tuple[Candidate, ...] = ()
    other_event: str | None = None
    greeted: bool = False
    normalized: str = ""

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER


class AnswerEngine:
    """Answers questions from a fixed set of facts; rebuild it when the facts change."""

    def __init__(self, facts: Iterable[Fact], cache_size: int = REPLY_CACHE_SIZE) -> None:
        self._facts = {fact.id: fact for fact in facts}
        self._matcher = Matcher(self._facts.values())
        # Popular questions come again and again; an engine never changes its facts (a new
        # engine is built after every edit), so a reply cached here never goes stale.
        self._cache: OrderedDict[str, Reply] = OrderedDict()
        self._cache_size = cache_size

    @property
    def matcher(self) -> Matcher:
        return self._matcher

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts.get(fact_id)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(self._facts.values())

    def answer(self, text: str) -> Reply:
        """Decide how to reply to one message."""
        if len(text) > MAX_QUESTION_CHARS * 4:
            return Reply(Outcome.TOO_LONG)
        normalized = normalize(text)
        if not normalized:
            return Reply(Outcome.EMPTY)
        if len(normalized) > MAX_QUESTION_CHARS:
            return Reply(Outcome.TOO_LONG, normalized=normalized)
        words = tuple(normalized.split())
        if not has_arabic(normalized):
            return Reply(Outcome.NOT_ARABIC, normalized=normalized)
        if is_greeting(words):
            return Reply(Outcome.GREETING, normalized=normalized)
        if is_thanks(words):
            return Reply(Outcome.THANKS, normalized=normalized)
        cached = self._cache.get(normalized)
        if cached is not None:
            self._cache.move_to_end(normalized)
            return cached
        greeted, rest = split_greeting(words)
        analysis = analyze(" ".join(rest), self._matcher.vocabulary)
        reply = self._decide(analysis, greeted)
        if self._cache_size:
            self._cache[normalized] = reply
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return reply

    def _decide(self, analysis: Analysis, greeted: bool) -> Reply:
        if analysis.other_event:
            return Reply(
                Outcome.OTHER_EVENT,
                other_event=analysis.other_event,
                greeted=greeted,
                normalized=analysis.normalized,
            )
        if analysis.modern:
            return Reply(Outcome.MODERN, greeted=greeted, normalized=analysis.normalized)
        ranking = self._matcher.rank(analysis)
        overview = self._overview_for(analysis, ranking)
        if overview is not None:
            return Reply(
                Outcome.ANSWER,
                fact=overview.fact,
                score=overview.score,
                greeted=greeted,
                normalized=analysis.normalized,
            )
        candidates = ranking.candidates
        if not candidates:
            return Reply(Outcome.UNKNOWN, greeted=greeted, normalized=analysis.normalized)
        top = candidates[0]
        rivals = candidates[1:]
        if top.type_fits and analysis.question_type in TYPED_QUESTIONS:
            # «منو اللي طلع لهم الرسول» asks who: a runner-up that gives a date is no rival.
            rivals = [candidate for candidate in rivals if candidate.type_fits]
        runner_up = rivals[0].score if rivals else 0.0
        margin = top.score - runner_up
        close_match = (
            top.score >= ANSWER_MIN_SCORE
            and margin >= ANSWER_MIN_MARGIN
            and top.unexplained <= ANSWER_MAX_UNEXPLAINED
        )
        clear_winner = (
            top.score >= LOOSE_MIN_SCORE
            and margin >= LOOSE_MIN_MARGIN
            and top.unexplained <= LOOSE_MAX_UNEXPLAINED
        )
        strong_despite_one_unknown = (
            len(ranking.unknown_terms) == 1
            and top.score >= ONE_UNKNOWN_MIN_SCORE
            and margin >= ONE_UNKNOWN_MIN_MARGIN
            and top.unexplained <= ONE_UNKNOWN_MAX_UNEXPLAINED
        )
        confident = ((close_match or clear_winner) and not ranking.unknown_terms) or (
            strong_despite_one_unknown
        )
        if ranking.read_in_context:
            # A word read through the leader's own words is evidence for it only when the
            # rest of the question fits it closely too.
            confident = close_match and not ranking.unknown_terms
        type_ok = top.type_fits or analysis.question_type not in STRICT_TYPES
        if confident and not top.entity_conflict and type_ok:
            return Reply(
                Outcome.ANSWER,
                fact=top.fact,
                score=top.score,
                greeted=greeted,
                normalized=analysis.normalized,
            )
        suggestions = tuple(
            candidate
            for candidate in candidates[:MAX_SUGGESTIONS]
            if candidate.score >= SUGGEST_MIN_SCORE
            and top.score - candidate.score <= SUGGEST_WINDOW
        )
        outcome = Outcome.SUGGEST if suggestions else Outcome.UNKNOWN
        return Reply(
            outcome,
            score=top.score,
            suggestions=suggestions,
            greeted=greeted,
            normalized=analysis.normalized,
        )

    def search(self, text: str, limit: int = 5) -> list[Fact]:
        """Facts worth offering for a text (inline mode): the answer first, then the rest."""
        reply = self.answer(text)
        if reply.outcome is Outcome.ANSWER and reply.fact is not None:
            first = [reply.fact]
        elif reply.outcome is Outcome.SUGGEST:
            first = [candidate.fact for candidate in reply.suggestions]
        else:
            return []
        ranked = self._matcher.rank(text, limit=limit).candidates
        others = [c.fact for c in ranked if c.score >= SUGGEST_MIN_SCORE and c.fact not in first]
        return (first + others)[:limit]

    def _overview_for(self, analysis: Analysis, ranking: Ranking) -> Candidate | None:
        """A question naming only the subject («ما هي غزوة تبوك») asks for the overview."""
        if not analysis.terms or analysis.question_type not in GENERAL_QUESTION_TYPES:
            return None
        if ranking.unknown_terms or not set(ranking.matched_terms) <= SUBJECT_TERMS:
            return None
        return next(
            (c for c in ranking.candidates if c.fact.answer_type is AnswerType.OVERVIEW), None
        )
