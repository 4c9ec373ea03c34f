"""What the English matcher (knowledge/english.py) decides for one question: the outcome,
the reply for one part of a message, and the scored facts the decision weighed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knowledge.english_text import Reading
from knowledge.english_weighing import Weighed
from knowledge.models import Fact


class EnglishOutcome(StrEnum):
    """What the English engine decided for one question."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    MODERN = "modern"
    GAP = "gap"
    # A riddle's description fits neither Tabuk nor Mu'tah.
    NOT_TABUK = "not_tabuk"
    EMPTY = "empty"
    GREETING = "greeting"
    WELCOME = "welcome"
    THANKS = "thanks"


@dataclass(frozen=True, slots=True)
class Scored:
    """One fact's score for a question."""

    fact: Fact
    score: float
    unexplained: float
    type_fits: bool


@dataclass(frozen=True, slots=True)
class PartReply:
    """The decision for one English question (one part of a message)."""

    outcome: EnglishOutcome
    reading: Reading | None = None
    fact: Fact | None = None
    score: float = 0.0
    suggestions: tuple[Fact, ...] = ()
    other_event: str | None = None
    gap: str | None = None
    # Why a question was asked back rather than answered («margin», «type», «explains» …),
    # for `bot ask --explain` and for the rules that settle an ask-back by the question.
    why: tuple[str, ...] = ()
    # The figures the final decision weighed, on an ask-back (english_weighing.py).
    weighed: Weighed | None = None
    # Which step of `decide_reading` settled it («confident», «broad» …), and the facts it
    # ranked there, best first: `bot ask --explain` prints them (knowledge/english_explain.py).
    rule: str = ""
    ranked: tuple[Scored, ...] = ()
    # The leader's lead over its first real rival, where the margin decided.
    margin: float | None = None

    @property
    def answered(self) -> bool:
        return self.outcome is EnglishOutcome.ANSWER
