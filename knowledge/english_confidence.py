"""Whether the leading fact of an English question is answered with confidence, and what an
ask-back offers and says when it is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge import tuning
from knowledge.english_text import Reading
from knowledge.english_weighing import Weighed

if TYPE_CHECKING:
    from knowledge.english_decision import Scored
    from knowledge.models import Fact


def is_confident(
    reading: Reading, top: Scored, margin: float, core: float, *, lenient: bool
) -> bool:
    """Whether the leader's score, lead and unexplained words are enough to answer (`core`:
    its unexplained share, a describing clause's words aside)."""
    confident = (
        margin >= tuning.EN_ANSWER_MIN_MARGIN
        and not reading.unread_arabic
        and (
            (top.score >= tuning.EN_ANSWER_MIN_SCORE and core <= tuning.EN_ANSWER_MAX_UNEXPLAINED)
            or (
                top.score >= tuning.EN_CLOSE_MIN_SCORE
                and top.unexplained <= tuning.EN_CLOSE_MAX_UNEXPLAINED
            )
            or (
                lenient
                and top.score >= tuning.EN_STATEMENT_MIN_SCORE
                and top.unexplained <= tuning.EN_STATEMENT_MAX_UNEXPLAINED
            )
        )
    )
    # Every word of the question is one of the winner's phrasings, word for word.
    exact = top.score >= tuning.EN_EXACT_MIN_SCORE and margin >= tuning.EN_EXACT_MIN_MARGIN
    confident = confident or (exact and not top.unexplained and not reading.unread_arabic)
    return confident


def asked_back(
    vocabulary: frozenset[str],
    reading: Reading,
    terms: tuple[str, ...],
    ranking: list[Scored],
    top: Scored,
    rivals: list[Scored],
    checks: tuple[float, float, bool, bool, bool],
    *,
    lenient: bool,
) -> tuple[tuple[Fact, ...], tuple[str, ...], Weighed]:
    """An ask-back's suggestions, why it was asked back, and the figures weighed. `checks`:
    the leader's margin and core, and whether it was confident, fit the type and explained."""
    margin, core, confident, type_ok, explained = checks
    suggestions = tuple(
        s.fact
        for s in ranking[: tuning.EN_MAX_SUGGESTIONS]
        if s.score >= tuning.EN_SUGGEST_MIN_SCORE
        and top.score - s.score <= tuning.EN_SUGGEST_WINDOW
    )
    why = tuple(
        name
        for name, failed in (
            ("margin", margin < tuning.EN_ANSWER_MIN_MARGIN),
            ("arabic", bool(reading.unread_arabic)),
            ("weak", margin >= tuning.EN_ANSWER_MIN_MARGIN and not confident),
            ("type", not type_ok),
            ("explains", not explained),
        )
        if failed
    )
    weighed_figures = Weighed(
        leader=top.fact,
        score=top.score,
        margin=margin,
        core=core,
        unexplained=top.unexplained,
        explained=explained,
        type_ok=type_ok,
        unknown=sum(1 for t in terms if t not in vocabulary),
        terms=len(terms),
        lenient=lenient,
        asks=reading.question_type.value,
        commanded=reading.commanded,
        rival_extra=rivals[0].unexplained - top.unexplained if rivals else 1.0,
        offered=len(suggestions),
    )
    return suggestions, why, weighed_figures
