"""The update journal: every update fetched from Telegram, kept until it has been handled.

Telegram forgets an update once the bot acknowledges it (the next getUpdates offset, or
the 200 answer to a webhook call). Writing it here first, and marking it done only after
its reply went out, means a crash in between loses nothing: the restart replays it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable

from sqlite_utils import Database

# What a failing write raises (disk full, I/O error, a lock held too long).
StorageError = sqlite3.Error

# Done updates are kept this long: Telegram may offer one again after a crash (when its
# acknowledgement never went out), and the journal must still know it was handled.
KEEP_DONE_SECONDS = 2 * 24 * 3600


def admit(db: Database, updates: Iterable[tuple[int, str]], now: float | None = None) -> set[int]:
    """Journal the new updates (id, JSON) in one transaction; return the ids already known."""
    stamp = time.time() if now is None else now
    known: set[int] = set()
    with db.conn:
        for update_id, payload in updates:
            cursor = db.conn.execute(
                "INSERT OR IGNORE INTO update_journal (update_id, payload, received_at) "
                "VALUES (?, ?, ?)",
                (update_id, payload, stamp),
            )
            if cursor.rowcount == 0:
                known.add(update_id)
    return known


def mark_done(db: Database, update_id: int, now: float | None = None) -> None:
    """The update was handled: its reply went out (or failed for good)."""
    stamp = time.time() if now is None else now
    with db.conn:
        db.conn.execute(
            "UPDATE update_journal SET done_at = ?, payload = NULL "
            "WHERE update_id = ? AND done_at IS NULL",
            (stamp, update_id),
        )


def pending(db: Database) -> list[tuple[int, str]]:
    """Updates journaled but not handled, oldest first."""
    return [
        (int(row[0]), str(row[1]))
        for row in db.conn.execute(
            "SELECT update_id, payload FROM update_journal WHERE done_at IS NULL "
            "ORDER BY update_id"
        )
    ]


def prune(db: Database, now: float | None = None, keep: float = KEEP_DONE_SECONDS) -> int:
    """Forget updates handled more than `keep` seconds ago; returns how many."""
    stamp = time.time() if now is None else now
    with db.conn:
        cursor = db.conn.execute(
            "DELETE FROM update_journal WHERE done_at IS NOT NULL AND done_at < ?",
            (stamp - keep,),
        )
    return int(cursor.rowcount)


def counts(db: Database) -> tuple[int, int]:
    """(pending, done) rows."""
    row = db.conn.execute(
        "SELECT COUNT(*) - COUNT(done_at), COUNT(done_at) FROM update_journal"
    ).fetchone()
    return int(row[0]), int(row[1])
