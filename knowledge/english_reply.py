"""What the English engine decides for a message (EnglishReply) and each of its parts
(PartAnswer): the fact answered and, where the part's form asks for one, the verdict or the
chosen option. knowledge/english_engine.py decides them; the bot words them.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_forms import Form, Part
from knowledge.models import Fact


@dataclass(frozen=True, slots=True)
class PartAnswer:
    """One part's decision, with its verdict or chosen option where the form asks for one."""

    part: Part
    decision: PartReply
    verdict: bool | None = None
    choice: int | None = None
    # The words of the fact's English answer that fill a blank, when they can be placed.
    missing: str | None = None
    # A choice whose fact refutes every option: the text supports none of them.
    none_fit: bool = False

    @property
    def fact(self) -> Fact | None:
        return self.decision.fact if self.decision.answered else None

    @property
    def answered(self) -> bool:
        """The part got what it asked: the fact, and the verdict or option its form wants."""
        if not self.decision.answered:
            return False
        if self.part.form is Form.TRUE_FALSE:
            return self.verdict is not None
        if self.part.form is Form.CHOICE:
            return self.choice is not None or self.none_fit
        return True


@dataclass(frozen=True, slots=True)
class EnglishReply:
    """The engine's decision for one English message."""

    parts: tuple[PartAnswer, ...]
    more: int = 0

    @property
    def answered(self) -> bool:
        return bool(self.parts) and all(part.answered for part in self.parts)

    @property
    def outcome(self) -> EnglishOutcome:
        """One outcome for the whole message (for logs and stored questions)."""
        if self.answered:
            return EnglishOutcome.ANSWER
        outcomes = [part.decision.outcome for part in self.parts]
        for outcome in (EnglishOutcome.ANSWER, EnglishOutcome.SUGGEST):
            if outcome in outcomes:
                return outcome
        return outcomes[0] if outcomes else EnglishOutcome.EMPTY
