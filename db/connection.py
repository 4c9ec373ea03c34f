"""Opening the SQLite database: the one place that decides connection settings."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from db.migrations import apply_migrations

MEMORY = ":memory:"
T = TypeVar("T")


class DatabaseUnavailable(RuntimeError):
    """The database file cannot be opened or written (missing folder, read-only, disk full)."""


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database, in WAL mode, with migrations applied."""
    try:
        if str(path) == MEMORY:
            db = Database(memory=True)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = Database(str(path))
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        # Admin CLI and the running bot may write at once; wait instead of failing.
        db.execute("PRAGMA busy_timeout = 5000")
        db.execute("PRAGMA synchronous = NORMAL")
        if migrate:
            apply_migrations(db)
    except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as error:
        raise DatabaseUnavailable(f"cannot use the database at {path}: {error}") from error
    return db


def database_file(db: Database) -> Path | None:
    """The file behind a connection; None for an in-memory database."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None


def data_version(db: Database) -> int:
    """Changes when another connection (the CLI, a worker thread) commits to the file."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def is_locked(error: BaseException | None) -> bool:
    """SQLite's "database is locked" / "busy": another connection holds the write lock."""
    while error is not None:
        text = str(error).lower()
        if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
            return True
        error = error.__cause__
    return False


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE: take the write lock first (waiting up to the busy timeout).

    A deferred transaction that reads and then writes fails at once with "database is
    locked" when another connection committed in between; taking the lock first avoids it.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")


def retry_locked(action: Callable[[], T], *, seconds: float = 60.0) -> T:
    """Run `action`, again after a growing pause while another writer holds the lock."""
    deadline = time.monotonic() + seconds
    pause = 0.1
    while True:
        try:
            return action()
        except (sqlite3.OperationalError, DatabaseUnavailable) as error:
            if not is_locked(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 2.0)
