"""Opening the SQLite database: the one place that decides connection settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from db.migrations import apply_migrations

MEMORY = ":memory:"


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
