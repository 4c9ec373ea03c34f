"""Named schema migrations, applied in order at start-up. Only ever append to the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlite_utils import Database

MIGRATIONS_TABLE = "_migrations"


def _fact_base(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            answer TEXT NOT NULL,
            answer_type TEXT NOT NULL,
            source TEXT NOT NULL,
            keywords TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            deleted INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            shipped_hash TEXT,
            edited INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE phrasings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fact_id TEXT NOT NULL REFERENCES facts(id),
            text TEXT NOT NULL,
            normalized TEXT NOT NULL,
            position INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX phrasings_fact ON phrasings(fact_id, position)")
    db.execute("CREATE INDEX phrasings_normalized ON phrasings(normalized)")
    db.execute(
        """
        CREATE TABLE quizzes (
            id TEXT PRIMARY KEY,
            fact_id TEXT NOT NULL REFERENCES facts(id),
            question TEXT NOT NULL,
            options TEXT NOT NULL,
            correct INTEGER NOT NULL,
            explanation TEXT NOT NULL,
            position INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            shipped_hash TEXT,
            edited INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX quizzes_fact ON quizzes(fact_id)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _usage(db: Database) -> None:
    # Questions people asked, without who asked (no user ids, no usernames): what the
    # bot could not answer, which "did you mean" choice was taken, and feedback.
    db.execute(
        """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            normalized TEXT NOT NULL,
            chat_type TEXT NOT NULL,
            outcome TEXT NOT NULL,
            fact_id TEXT,
            score REAL NOT NULL DEFAULT 0,
            suggested TEXT NOT NULL DEFAULT '[]',
            chosen_fact_id TEXT,
            useful INTEGER,
            reviewed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX questions_outcome ON questions(outcome, reviewed)")
    db.execute("CREATE INDEX questions_fact ON questions(fact_id)")
    db.execute("CREATE INDEX questions_normalized ON questions(normalized)")


Migration = tuple[str, Callable[[Database], None]]

MIGRATIONS: list[Migration] = [
    ("0001_fact_base", _fact_base),
    ("0002_usage", _usage),
]


def applied_migrations(db: Database) -> list[str]:
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    return [row["name"] for row in db.query(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid")]


def schema_version(db: Database) -> str | None:
    names = applied_migrations(db)
    return names[-1] if names else None


def apply_migrations(db: Database) -> list[str]:
    """Apply every migration not yet applied, each in its own transaction."""
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = set(applied_migrations(db))
    newly: list[str] = []
    for name, migrate in MIGRATIONS:
        if name in done:
            continue
        with db.atomic():
            migrate(db)
            db.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                [name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
        newly.append(name)
    return newly
