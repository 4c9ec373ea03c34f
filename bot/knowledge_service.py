"""The live fact base: loaded from the database, rebuilt into an engine after each change."""

from __future__ import annotations

from sqlite_utils import Database

from db import facts as fact_store
from knowledge.base import FactBase, load_shipped
from knowledge.engine import AnswerEngine, Reply


def prepare_database(db: Database) -> fact_store.SyncReport:
    """Bring the shipped facts into the database without touching admin edits."""
    return fact_store.sync_shipped(db, load_shipped())


class KnowledgeService:
    """Holds the current engine; admins' changes call reload() so the next question sees them."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self.base: FactBase = fact_store.load_base(db)
        self.engine = AnswerEngine(self.base.facts)

    @property
    def db(self) -> Database:
        return self._db

    def reload(self) -> None:
        self.base = fact_store.load_base(self._db)
        self.engine = AnswerEngine(self.base.facts)

    def answer(self, text: str) -> Reply:
        return self.engine.answer(text)
