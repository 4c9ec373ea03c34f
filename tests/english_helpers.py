"""Shared by the English table tests: the engine on the shipped base, and the facts a message
is answered with."""

from knowledge.base import load_shipped
from knowledge.english_data import load_english
from knowledge.english_engine import EnglishEngine


def shipped_english_engine() -> EnglishEngine:
    """The English engine on the shipped facts and English texts."""
    return EnglishEngine(load_shipped().facts, load_english())


def answered_facts(engine: EnglishEngine, message: str) -> list[str | None]:
    """Each part's answering fact id, or None for a part not answered."""
    return [part.decision.fact.id if part.answered and part.decision.fact else None
            for part in engine.answer(message).parts]  # fmt: skip
