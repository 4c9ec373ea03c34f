"""Shared by the English table tests: the facts a message is answered with (the engine is the
conftest fixture `english_engine`, the one the bot ships)."""

from knowledge.english_engine import EnglishEngine


def answered_facts(engine: EnglishEngine, message: str) -> list[str | None]:
    """Each part's answering fact id, or None for a part not answered."""
    return [part.decision.fact.id if part.answered and part.decision.fact else None
            for part in engine.answer(message).parts]  # fmt: skip


def judged(engine: EnglishEngine, message: str) -> tuple[str | None, bool | None]:
    """A one-part statement's fact (None when not answered) and its verdict."""
    (part,) = engine.answer(message).parts
    fact = part.decision.fact.id if part.answered and part.decision.fact else None
    return fact, part.verdict
