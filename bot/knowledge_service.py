"""The live fact base: loaded from the database, rebuilt into an engine after each change."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from bot.storage_health import StorageHealth
from db import fact_sync, usage
from db import facts as fact_store
from db.journal import StorageError
from knowledge.base import FactBase, load_shipped
from knowledge.engine import AnswerEngine, Reply, shipped_gaps
from knowledge.english_data import EnglishBase, load_english
from knowledge.english_engine import EnglishEngine, EnglishReply
from knowledge.forms import FormAnswerer, MessageReply
from knowledge.gaps import KnownGap
from knowledge.models import Fact
from knowledge.router import Router, arabic_text, route

# What a "did you mean" press found (see record_choice).
CHOICE_NEW = usage.CHOICE_NEW
CHOICE_TAKEN = usage.CHOICE_TAKEN
CHOICE_UNKNOWN = usage.CHOICE_UNKNOWN


def prepare_database(db: Database) -> fact_sync.SyncReport:
    """Bring the shipped facts into the database without touching admin edits."""
    return fact_sync.sync_shipped(db, load_shipped())


@dataclass(frozen=True, slots=True)
class Loaded:
    """A base read in one snapshot, its engines, and the stamp of what it was read from."""

    base: FactBase
    engine: AnswerEngine
    english: EnglishEngine
    stamp: str


def load(db: Database, english_data: EnglishBase) -> Loaded:
    """Read and build a base; slow for big bases, so the bot runs it in a worker thread."""
    with db.atomic():
        # One read transaction: the stamp describes exactly the rows that were loaded.
        stamp = fact_store.base_stamp(db)
        base = fact_store.load_base(db)
    engine, english = build_engines(base, english_data)
    return Loaded(base, engine, english, stamp)


def build_engines(base: FactBase, english_data: EnglishBase) -> tuple[AnswerEngine, EnglishEngine]:
    """The Arabic and English engines the bot answers with on `base`: the one place that says
    how they are built, so that tests build theirs here too and check what ships."""
    english = EnglishEngine(base.facts, english_data, known_gaps(base))
    return AnswerEngine(base.facts, part_of=base.part_of), english


def known_gaps(base: FactBase) -> tuple[KnownGap, ...]:
    """The shipped known gaps whose nearest facts are all still in the base."""
    ids = {fact.id for fact in base.facts}
    return tuple(gap for gap in shipped_gaps() if set(gap.near) <= ids)


class KnowledgeService:
    """Holds the current engine; admins' changes call reload() so the next question sees them."""

    def __init__(self, db: Database, storage: StorageHealth | None = None) -> None:
        self._db = db
        self.storage = storage or StorageHealth()
        # English data covers the shipped facts; a fact an admin adds is answered in Arabic only.
        self.english_data: EnglishBase = load_english()
        self.install(load(db, self.english_data))

    @property
    def db(self) -> Database:
        return self._db

    def install(self, loaded: Loaded) -> None:
        """Answer from `loaded` from now on (a built base is swapped in whole)."""
        self.base: FactBase = loaded.base
        self.engine = loaded.engine
        self.english = loaded.english
        self.forms = FormAnswerer(self.engine)
        self.stamp = loaded.stamp

    def reload(self) -> None:
        self.install(load(self._db, self.english_data))

    def current_stamp(self) -> str:
        """The database's stamp now; differs from `stamp` when the base changed elsewhere."""
        return fact_store.base_stamp(self._db)

    def answer(self, text: str) -> Reply:
        return self.engine.answer(text)

    # --- what people ask (kept without user ids, for admins) -------------------------------

    def record_question(
        self,
        *,
        text: str,
        normalized: str,
        chat_type: str,
        outcome: str,
        fact_id: str | None = None,
        score: float = 0.0,
        suggested: tuple[str, ...] = (),
    ) -> int | None:
        """Store one asked question; its id goes into the reply's buttons.

        None when it cannot be stored (a full disk, say): the answer still goes out, only
        without the buttons that would need the stored question.
        """
        try:
            question_id = usage.record_question(
                self._db,
                text=text,
                normalized=normalized,
                chat_type=chat_type,
                outcome=outcome,
                fact_id=fact_id,
                score=score,
                suggested=suggested,
            )
        except StorageError as error:
            self.storage.failed("asked question", error)
            return None
        self.storage.ok()
        return question_id

    def record_choice(self, question_id: int, fact_id: str) -> str:
        """A "did you mean" button was taken: usage.CHOICE_NEW for the message's first,
        CHOICE_TAKEN after that, CHOICE_UNKNOWN when it was never offered."""
        return usage.record_choice(self._db, question_id, fact_id)

    def record_feedback(self, question_id: int, useful: bool) -> bool:
        """Useful / not useful for an answered question; False when there is none."""
        return usage.record_feedback(self._db, question_id, useful)

    def popular_facts(self, limit: int) -> list[Fact]:
        """Facts answered most often, then the base's first ones: `limit` in all (what
        inline mode offers before anything is typed)."""
        popular = usage.popular_fact_ids(self._db, limit)
        ids = popular + [fact.id for fact in self.engine.facts if fact.id not in popular]
        return [fact for fact in (self.engine.fact(i) for i in ids[:limit]) if fact]

    def counts(self) -> dict[str, int]:
        """How many live facts, phrasings and quiz items there are."""
        return fact_store.counts(self._db)

    def _known_gaps(self) -> tuple[KnownGap, ...]:
        return known_gaps(self.base)

    def respond(self, text: str) -> Reply | EnglishReply:
        """The decision in the message's language: English for Latin-script messages."""
        return Router(self.engine, self.english).answer(text)

    def search(self, text: str, limit: int) -> list[Fact]:
        """Facts to offer for an inline query, read in the query's language."""
        english, routed = route(text, self.english)
        if english:
            return self.english.search(routed, limit=limit)
        return self.engine.search(arabic_text(routed, self.engine), limit=limit)

    def respond_message(self, text: str) -> MessageReply | EnglishReply:
        """A whole message in its language: Arabic is read into parts, each in its form."""
        english, routed = route(text, self.english)
        if english:
            return self.english.answer(routed)
        return self.forms.answer_message(routed)

    def answer_message(self, text: str) -> MessageReply:
        """A whole message, read into parts, each answered in its form."""
        return self.forms.answer_message(text)
