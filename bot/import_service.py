"""Imports of a whole fact base, shared by Telegram's /import and `python -m bot facts import`.

Reading, validating and applying a big file takes seconds, so the bot does it in a worker
thread on its own SQLite connection; the event loop only swaps in the finished engine.
The CLI runs the same steps, waiting for the write lock while the bot writes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from bot.knowledge_service import KnowledgeService, Loaded, load
from db import admin_pending, audit, fact_edits, fact_sync
from db import facts as fact_store
from db.connection import data_version, database_file, open_database, write_transaction
from db.fact_sync import ImportPlan
from knowledge.base import FactBase, FactBaseError, decode_json, parse_base
from knowledge.english_data import EnglishBase

logger = logging.getLogger(__name__)

T = TypeVar("T")
# A preview whose import removes more than half of the facts or quiz items needs a second,
# explicit confirmation; its pending row has this action until then.
IMPORT_DRASTIC = "import_drastic"
# How often an import compares again when the base changed while it was being compared.
IMPORT_ATTEMPTS = 3
# The audit log's user for changes made from the command line (no Telegram user).
CLI_USER_ID = 0


class ImportRefused(Exception):
    """An import that must not be applied; `kind` says why, nothing was changed."""

    def __init__(self, kind: str, removal: Removal | None = None) -> None:
        super().__init__(kind)
        self.kind = kind
        self.removal = removal


EMPTY = "empty"
DRASTIC = "drastic"
CHANGED = "changed"
EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Removal:
    """How much of the live base an import removes."""

    facts_removed: int
    facts_live: int
    quizzes_removed: int
    quizzes_live: int

    @property
    def drastic(self) -> bool:
        """More than half of the facts, or of the quiz items, would go."""
        return (
            self.facts_removed * 2 > self.facts_live
            or self.quizzes_removed * 2 > self.quizzes_live
        )


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What a file would change. `pending_id` is None when it would change nothing at all
    (the base as it is, in the same order): there is nothing to confirm, and nothing is kept."""

    pending_id: int | None
    expected: str
    plan: ImportPlan
    removal: Removal


@dataclass(frozen=True, slots=True)
class Applied:
    plan: ImportPlan
    loaded: Loaded | None = None


@dataclass(frozen=True, slots=True)
class NeedsSecondConfirmation:
    """The first confirm of a drastic import: a new preview, to be confirmed once more."""

    pending_id: int
    expected: str
    removal: Removal


def removal_of(db: Database, plan: ImportPlan) -> Removal:
    live = fact_store.counts(db)
    return Removal(
        facts_removed=len(plan.removed_facts),
        facts_live=int(live["facts"]),
        quizzes_removed=len(plan.removed_quizzes),
        quizzes_live=int(live["quizzes"]),
    )


def decode_base(text: str, *, origin: str) -> FactBase:
    """A whole file, checked (FactBaseError, or DocumentError for unusable JSON)."""
    base = parse_base(decode_json(text, origin=origin), origin=origin)
    if not base.facts:
        raise ImportRefused(EMPTY)
    return base


def apply_logged(
    db: Database,
    base: FactBase,
    *,
    user_id: int,
    user_name: str | None,
    expected: str | None = None,
    force: bool = False,
) -> ImportPlan:
    """Make the live base equal to `base` in one write transaction, with audit rows.

    `expected` is the fingerprint the preview was made from (None: no preview); a drastic
    import is refused unless `force`.
    """
    if not base.facts:
        raise ImportRefused(EMPTY)
    # The slow reading and comparing happen before the write lock is taken, so the bot's
    # own writes wait for it as briefly as possible; if the base changed in between (its
    # stamp moved), the comparison is made again.
    for _ in range(IMPORT_ATTEMPTS):
        with db.atomic():  # one consistent read, no lock held against writers
            stamp = fact_store.base_stamp(db)
            if expected is not None and fact_store.base_fingerprint(db) != expected:
                raise ImportRefused(CHANGED)
            live = fact_store.load_base(db)
            plan = fact_sync.plan_import(db, base, live)
            removal = removal_of(db, plan)
            if removal.drastic and not force:
                raise ImportRefused(DRASTIC, removal)
            affected, fact_ids = _affected(plan, live, base)
            before = fact_edits.fact_snapshots(db, affected)
        with write_transaction(db):
            if fact_store.base_stamp(db) != stamp:
                continue
            fact_sync.apply_import(db, base, live)
            touched = set(fact_ids)
            for fid in affected:
                if fid not in touched:
                    fact_edits.touch_fact(db, fid)
            after = fact_edits.fact_snapshots(db, affected)
            versions = fact_edits.fact_versions(db, affected)
            audit.log_many(
                db,
                user_id=user_id,
                user_name=user_name,
                action=audit.IMPORT,
                rows=[(fid, before[fid], after[fid], versions.get(fid)) for fid in affected],
            )
            # Every record was validated with the file; what was written must be all of it
            # (a full reload here would hold the lock another half second at 7,000 facts).
            written = fact_store.counts(db)
            if (written["facts"], written["quizzes"]) != (len(base.facts), len(base.quizzes)):
                raise FactBaseError(
                    f"import wrote {written['facts']} facts and {written['quizzes']} quiz "
                    f"items, expected {len(base.facts)} and {len(base.quizzes)}"
                )
            return plan
    raise ImportRefused(CHANGED)


def _affected(plan: ImportPlan, live: FactBase, base: FactBase) -> tuple[list[str], list[str]]:
    """Every fact the import touches (for the audit log), and those it changes itself."""
    quiz_owners = {q.id: q.fact_id for q in (*live.quizzes, *base.quizzes)}
    fact_ids = [*plan.added_facts, *plan.changed_facts, *plan.removed_facts]
    quiz_ids = [*plan.added_quizzes, *plan.changed_quizzes, *plan.removed_quizzes]
    # A changed quiz item may have moved to another fact: both facts are touched.
    quiz_facts = {quiz_owners[i] for i in quiz_ids}
    quiz_facts |= {q.fact_id for q in live.quizzes if q.id in plan.changed_quizzes}
    return list(dict.fromkeys([*fact_ids, *sorted(quiz_facts)])), fact_ids


def preview_in(
    db: Database, user_id: int, data: bytes, decode: Callable[[bytes], FactBase]
) -> ImportPreview:
    """Check a file and store its preview (runs in the worker thread)."""
    base = decode(data)
    live = fact_store.load_base(db)
    plan = fact_sync.plan_import(db, base, live)
    removal = removal_of(db, plan)
    fingerprint = fact_store.base_fingerprint(db)
    if plan.is_empty and _same_order(base, live):
        # Confirming it would write nothing but an audit entry of no change.
        return ImportPreview(None, fingerprint, plan, removal)
    action = IMPORT_DRASTIC if removal.drastic else audit.IMPORT
    pending_id = admin_pending.create_pending(
        db,
        user_id=user_id,
        action=action,
        fact_id=None,
        payload=base.to_dict(),
        expected=fingerprint,
    )
    return ImportPreview(pending_id, fingerprint, plan, removal)


def _same_order(base: FactBase, live: FactBase) -> bool:
    """The facts and quiz items in the same order: an import applies a new order too."""
    return [fact.id for fact in base.facts] == [fact.id for fact in live.facts] and [
        quiz.id for quiz in base.quizzes
    ] == [quiz.id for quiz in live.quizzes]


def confirm_in(
    db: Database,
    user_id: int,
    user_name: str | None,
    pending_id: int,
    stamp: str,
    english_data: EnglishBase,
) -> Applied | NeedsSecondConfirmation:
    """Apply a previewed import, or turn a drastic preview into its second confirmation."""
    pending = admin_pending.get_pending(db, pending_id)
    if (
        pending is None
        or pending.user_id != user_id
        or pending.action not in (audit.IMPORT, IMPORT_DRASTIC)
        or not stamp
        or not pending.expected.startswith(stamp)
    ):
        raise ImportRefused(EXPIRED)
    # A preview is used once: applied, refused, or replaced by its second confirmation
    # (a new id, so a double tap on the first button cannot apply a drastic import).
    admin_pending.delete_pending(db, pending_id)
    base = parse_base(pending.payload, origin="import")
    if pending.action == IMPORT_DRASTIC:
        if fact_store.base_fingerprint(db) != pending.expected:
            raise ImportRefused(CHANGED)
        removal = removal_of(db, fact_sync.plan_import(db, base))
        second = admin_pending.create_pending(
            db,
            user_id=user_id,
            action=audit.IMPORT,
            fact_id=None,
            payload=pending.payload,
            expected=pending.expected,
        )
        return NeedsSecondConfirmation(second, pending.expected, removal)
    plan = apply_logged(
        db, base, user_id=user_id, user_name=user_name, expected=pending.expected, force=True
    )
    return Applied(plan, load(db, english_data))


class ImportService:
    """The bot's side: every step that reads or writes the whole base runs off the loop."""

    def __init__(self, db: Database, knowledge: KnowledgeService) -> None:
        self._db = db
        self._knowledge = knowledge
        self._file: Path | None = database_file(db)
        self._seen_version = data_version(db)
        self._refreshing = asyncio.Lock()

    async def _off_loop(self, work: Callable[[Database], T]) -> T:
        """Run `work` in a worker thread on its own connection.

        An in-memory database cannot be shared with another connection, so there it runs
        in place (tests and the offline console only).
        """
        if self._file is None:
            return work(self._db)
        path = self._file

        def job() -> T:
            worker = open_database(path, migrate=False)
            try:
                return work(worker)
            finally:
                worker.close()

        return await asyncio.to_thread(job)

    async def preview(
        self, user_id: int, data: bytes, decode: Callable[[bytes], FactBase]
    ) -> ImportPreview:
        return await self._off_loop(lambda db: preview_in(db, user_id, data, decode))

    async def confirm(
        self, user_id: int, user_name: str | None, pending_id: int, stamp: str
    ) -> Applied | NeedsSecondConfirmation:
        # Held so that the refresh job does not reload this very change a second time.
        async with self._refreshing:
            result = await self._off_loop(
                lambda db: confirm_in(
                    db, user_id, user_name, pending_id, stamp, self._knowledge.english_data
                )
            )
            if isinstance(result, Applied) and result.loaded is not None:
                self._knowledge.install(result.loaded)
                logger.info("import applied: %d facts now", len(result.loaded.base.facts))
        return result

    async def refresh(self) -> bool:
        """Pick up a change another process made (the CLI's import); True if reloaded.

        PRAGMA data_version moves only when another connection commits, so this costs one
        tiny query while nothing happens.
        """
        if self._refreshing.locked():
            return False
        async with self._refreshing:
            version = data_version(self._db)
            if version == self._seen_version:
                return False
            self._seen_version = version
            # The worker's own imports move data_version too; the stamp tells them apart.
            if self._knowledge.current_stamp() == self._knowledge.stamp:
                return False
            english_data = self._knowledge.english_data
            loaded = await self._off_loop(lambda db: load(db, english_data))
            self._knowledge.install(loaded)
            logger.info("fact base changed outside the bot: %d facts now", len(loaded.base.facts))
            return True
