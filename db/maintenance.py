"""Database maintenance: online backup and health checks (integrity, schema, counts)."""

from __future__ import annotations

import os
import sqlite3
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


def check_database(database_path: Path) -> CheckReport:
    """Integrity, schema version, the fact base loading, and counts."""
    report = CheckReport()
    if not database_path.exists():
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
