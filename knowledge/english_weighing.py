"""What the English engine weighed when it asked a question back instead of answering.

The final decision of `EnglishMatcher.decide_reading` compares the leader's score, its lead
and the words it leaves unexplained with fixed thresholds. When it asks back, these figures
are kept on the reply (`PartReply.weighed`) so that `bot ask --explain` can show them and
`tests/eval/ask_backs.py` can measure how often the first suggestion was the right fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.models import Fact

_NARROW = frozenset({"time", "number", "person", "place"})


@dataclass(frozen=True, slots=True)
class Weighed:
    """The figures of an ask-back's final decision, for measuring and explaining."""

    leader: Fact
    score: float
    margin: float
    # Share of the question's weight the leader does not know, besides a describing clause.
    core: float
    unexplained: float
    explained: bool
    type_ok: bool
    # Terms no fact knows, and all terms weighed.
    unknown: int
    terms: int
    lenient: bool
    # What the question word asks («who», «how many» …) and whether it opens with a command
    # («Describe …», «Explain …»).
    asks: str = "none"
    commanded: bool = False
    # How much more of the question the first rival leaves unexplained (1.0: no rival), and
    # how many facts were offered.
    rival_extra: float = 1.0
    offered: int = 0

    def features(self) -> dict[str, float]:
        """The figures as numbers, named, for measuring."""
        return {
            "score": self.score,
            "margin": self.margin,
            "core": self.core,
            "unexplained": self.unexplained,
            "explained": float(self.explained),
            "type_ok": float(self.type_ok),
            "unknown": float(self.unknown),
            "terms": float(self.terms),
            "lenient": float(self.lenient),
            # A «who / how many / when / where» question asks one detail, not an account.
            "narrow": float(self.asks in _NARROW),
            "commanded": float(self.commanded),
            "rival_extra": self.rival_extra,
            "offered": float(self.offered),
        }
