"""What the answer engine decides for one message: an outcome and the reply that carries
it (the fact, the suggestions, the known gap, and the rule that decided)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.gaps import KnownGap
from knowledge.models import Fact
from knowledge.ranking_results import Candidate


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
    # A detail about Tabuk the source text does not state (knowledge/data/known_gaps.json).
    GAP = "gap"
    # A question announced, not asked («عندي سؤال», «صح أم خطأ:» alone): invite it.
    INVITE = "invite"


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
    # The known gap the question asks (outcome GAP); its nearest facts are the suggestions.
    gap: KnownGap | None = None
    # The rule that decided, in words (for `ask --explain` and docs/matching.md).
    rule: str = ""
    # The question asks yes or no: only then may the answer open with «نعم/لا».
    yes_no: bool = False
    # The yes/no question's claim is what the fact states (knowledge/statements.py): the
    # answer opens with «نعم» though the fact's own answer does not.
    confirmed: bool = False
    # Why the leader was not answered with though it led: the rule of knowledge/asked.py
    # (or the engine's) its fact failed for this question («whose»: one donor's share asked
    # of no one), so a reader of the message does not bring that fact back by its figures.
    unstated: str = ""

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER
