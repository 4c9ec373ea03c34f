"""Database maintenance: online backup and health checks (integrity, schema, counts)."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from db import facts as fact_store
from db.connection import DatabaseUnavailable, open_database
from db.migrations import MIGRATIONS, schema_version
from knowledge.base import FactBaseError


def backup(database_path: Path, target: Path) -> int:
    """A consistent copy of a live database (SQLite's online backup API); returns its size.

    Safe while the bot runs: the backup API copies a consistent snapshot even in WAL mode.
    """
    if not database_path.exists():
        raise DatabaseUnavailable(f"no database at {database_path}")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            problem = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
    finally:
        source.close()
    if problem != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseUnavailable(f"the backup failed its integrity check: {problem}")
    # Only a complete, checked copy takes the target's name.
    os.replace(partial, target)
    return target.stat().st_size


@dataclass
class CheckReport:
    """What `python -m bot check` found; `problems` empty means healthy."""

    facts: dict[str, object] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _not_writable(folder: Path) -> str | None:
    """Why files cannot be created in `folder` (or the nearest existing parent), if so.

    Tried, not guessed from permission bits: root ignores those, a read-only mount does not.
    """
    existing = folder
    while True:
        try:
            existing.stat()
            break
        except FileNotFoundError:
            if existing == existing.parent:
                break
            existing = existing.parent
        except OSError as error:  # a parent this user may not enter
            return f"{existing}: {error.strerror or error}"
    if not existing.is_dir():
        return f"{existing} is not a folder"
    try:
        handle, probe = tempfile.mkstemp(prefix=".tabuk-check-", dir=existing)
    except OSError as error:
        return f"{existing}: {error.strerror or error}"
    os.close(handle)
    os.unlink(probe)
    return None


def writable_problems(database_path: Path) -> list[str]:
    """What stops the bot from creating or writing its database (and its -wal file)."""
    problems: list[str] = []
    folder = database_path.parent
    why = _not_writable(folder)
    if why is not None:
        action = "write" if os.path.isdir(folder) else "create"
        problems.append(
            f"cannot {action} files in {folder} ({why}); the bot needs it writable "
            "for the database, its journal and the heartbeat"
        )
    if os.path.exists(database_path):
        try:
            os.close(os.open(database_path, os.O_RDWR))
        except OSError as error:
            problems.append(f"the database {database_path} is not writable ({error.strerror})")
    return problems


def check_database(database_path: Path) -> CheckReport:
    """Writable paths, integrity, schema version, the fact base loading, and counts."""
    report = CheckReport()
    report.problems.extend(writable_problems(database_path))
    if not os.path.exists(database_path):
        if not report.problems:
            report.problems.append(f"no database at {database_path} (the bot creates it on start)")
        return report
    try:
        db = open_database(database_path, migrate=False)
    except DatabaseUnavailable as error:
        report.problems.append(str(error))
        return report
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        report.facts["integrity"] = integrity
        if integrity != "ok":
            report.problems.append(f"integrity check failed: {integrity}")
        version = schema_version(db)
        latest = MIGRATIONS[-1][0]
        report.facts["schema"] = version
        if version != latest:
            report.problems.append(f"schema is {version}, expected {latest} (start the bot)")
            return report
        report.facts.update(fact_store.counts(db))
        if not report.facts["facts"]:
            report.problems.append(
                "the fact base is empty: the bot would answer no question "
                "(import a base with `python -m bot facts import FILE`)"
            )
        for table in ("schedules", "quiz_runs", "quiz_answers", "questions"):
            report.facts[table] = db[table].count
        try:
            fact_store.load_base(db)
        except FactBaseError as error:
            report.problems.append(f"the fact base does not load: {error}")
    except sqlite3.DatabaseError as error:
        report.problems.append(f"the database is damaged: {error}")
    finally:
        db.close()
    return report
