"""What a message's reply is made of: each part's status and what its form added."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum

from knowledge.engine import Outcome, Reply
from knowledge.message import Option, Part, ReadMessage
from knowledge.models import Fact
from knowledge.normalize import normalize


class Status(StrEnum):
    """What a part got; only the first four count as answered."""

    ANSWER = "answer"
    VERDICT = "verdict"
    CHOICE = "choice"
    FILLED = "filled"
    RIDDLE_TABUK = "riddle_tabuk"
    RIDDLE_MUTAH = "riddle_mutah"
    RIDDLE_OTHER = "riddle_other"
    ORDERED = "ordered"
    UNSETTLED = "unsettled"
    NO_OPTION = "no_option"
    NOT_ANSWERED = "not_answered"


DONE_STATUSES = frozenset(
    {
        Status.ANSWER,
        Status.VERDICT,
        Status.CHOICE,
        Status.FILLED,
        Status.RIDDLE_TABUK,
        Status.RIDDLE_MUTAH,
        Status.ORDERED,
    }
)


@dataclass(frozen=True, slots=True)
class PartReply:
    """The reply to one part: the engine's reply, and what the form added to it."""

    part: Part
    reply: Reply
    status: Status
    fact: Fact | None = None
    verdict: bool | None = None
    choice: Option | None = None
    filled: str | None = None
    # An ordering exercise: the events in the order the text states (ORDERED), or the two it
    # leaves unordered, or the one it never dates (UNSETTLED).
    order: tuple[str, ...] = ()
    # Facts stating the order beside `fact` («مؤتة قبل تبوك», then «الوفود بعد تبوك»).
    evidence: tuple[Fact, ...] = ()
    # The answer the asker gave the question («… جوابي: … صح؟»): the verdict, when the part
    # has one, is on that answer (knowledge/proposed_checks.py).
    proposed: str | None = None

    @property
    def done(self) -> bool:
        return self.status in DONE_STATUSES


@dataclass(frozen=True, slots=True)
class MessageReply:
    """Replies to every part of a message, in order."""

    text: str
    message: ReadMessage
    parts: tuple[PartReply, ...]

    @property
    def answered(self) -> bool:
        """True only when every part got its answer, verdict, choice or missing words."""
        return bool(self.parts) and all(part.done for part in self.parts)

    @property
    def summary(self) -> Reply:
        """One engine reply standing for the whole message (what is logged and reviewed)."""
        first = self.parts[0]
        if len(self.parts) == 1 and first.status in (Status.ANSWER, Status.NOT_ANSWERED):
            return first.reply
        normalized = normalize(self.text)
        if self.answered:
            return Reply(
                Outcome.ANSWER,
                fact=first.fact,
                score=first.reply.score,
                greeted=self.message.greeted,
                normalized=normalized,
            )
        missing = next(part for part in self.parts if not part.done)
        reply = missing.reply
        if reply.outcome in (Outcome.SUGGEST, Outcome.OTHER_EVENT, Outcome.GAP):
            return dataclasses.replace(reply, normalized=normalized)
        return Reply(Outcome.UNKNOWN, score=reply.score, normalized=normalized)
