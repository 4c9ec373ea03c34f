"""At-least-once handling: every update is journaled before Telegram is told it arrived.

The getUpdates transport (or the webhook server) journals each batch before PTB sees it,
so before the next getUpdates acknowledges it; the update processor marks an update done
after its handler returned (its reply went out, or failed for good). After a crash, the
updates not done are replayed first. An update Telegram offers again although the journal
knows it (its acknowledgement was lost in the crash) is reduced to a marked stub: the
offset still moves past it, and it is not handled twice.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable
from typing import Any

from sqlite_utils import Database
from telegram import Update

from bot.delivery import begin_update, current_scope, end_update
from bot.event_log import LoggingUpdateProcessor
from bot.storage_health import StorageHealth
from db import journal
from db.journal import StorageError

logger = logging.getLogger(__name__)

# An unknown field PTB keeps in Update.api_kwargs: "already journaled, do not handle".
DUPLICATE_MARK = "journaled_before"
# Handled updates older than db.journal.KEEP_DONE_SECONDS are forgotten at start-up and
# after every PRUNE_EVERY handled updates.
PRUNE_EVERY = 10_000


def is_duplicate(update: object) -> bool:
    return isinstance(update, Update) and bool(update.api_kwargs.get(DUPLICATE_MARK))


class UpdateJournal:
    """The bot's side of db.journal: what to do when storage fails, and duplicates."""

    def __init__(self, db: Database, health: StorageHealth | None = None) -> None:
        self._db = db
        self.health = health or StorageHealth()
        self._finished = 0

    def admit(self, updates: list[Any]) -> list[Any]:
        """Journal a batch; known ones come back as marked stubs. Never raises on storage."""
        entries = [
            (raw["update_id"], json.dumps(raw, ensure_ascii=False))
            for raw in updates
            if isinstance(raw, dict) and isinstance(raw.get("update_id"), int)
        ]
        if not entries:
            return updates
        try:
            known = journal.admit(self._db, entries)
        except StorageError as error:
            # Answering matters more than journaling: handle them, at most once.
            self.health.failed("update journal", error)
            return updates
        self.health.ok()
        if not known:
            return updates
        logger.info("updates already journaled, not handled again: %s", sorted(known))
        return [
            {"update_id": raw["update_id"], DUPLICATE_MARK: True}
            if isinstance(raw, dict) and raw.get("update_id") in known
            else raw
            for raw in updates
        ]

    def finished(self, update: object) -> None:
        """The handler returned: the update is done (a duplicate stub changes nothing)."""
        if not isinstance(update, Update) or is_duplicate(update):
            return
        try:
            journal.mark_done(self._db, update.update_id)
        except StorageError as error:
            self.health.failed("update journal", error)
            return
        self.health.ok()
        self._finished += 1
        if self._finished % PRUNE_EVERY == 0:  # a bot that runs for weeks stays small
            self.prune()

    def pending(self) -> list[dict[str, Any]]:
        """Updates journaled but not done, oldest first (replayed at start-up)."""
        replay: list[dict[str, Any]] = []
        for update_id, payload in journal.pending(self._db):
            try:
                raw = json.loads(payload)
            except ValueError:
                raw = {"update_id": update_id}
            replay.append(raw if isinstance(raw, dict) else {"update_id": update_id})
        return replay

    def prune(self) -> None:
        try:
            journal.prune(self._db)
        except StorageError as error:
            self.health.failed("update journal", error)


class JournaledUpdateProcessor(LoggingUpdateProcessor):
    """In order per chat, one log line each, and marked done in the journal when handled.

    An update cut short by shutdown (`Interrupted`, or cancelled) stays not done, so the
    restart handles it.
    """

    def __init__(self, journal: UpdateJournal | None) -> None:
        super().__init__()
        self.journal = journal

    async def handle(self, update: object, coroutine: Awaitable[Any]) -> None:
        token = begin_update()
        scope = current_scope()
        if self.journal is not None and scope is not None:
            journal = self.journal
            scope.on_done = lambda: journal.finished(update)
        try:
            await super().handle(update, coroutine)
            if (
                self.journal is not None
                and scope is not None
                and not scope.interrupted
                and not scope.finished  # already marked right after its last call
            ):
                self.journal.finished(update)
        finally:
            # Only now, journaled done, may another update take this one's sending slot.
            end_update(token)
