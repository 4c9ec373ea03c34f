"""The audit log of fact-base changes: what each command changed, for /history and /undo."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from db.admin_pending import drop_expired
from db.facts import now_iso

# Actions that change the fact base and that /undo can revert.
ADD_FACT = "add_fact"
ADD_PHRASING = "add_phrasing"
SET_ANSWER = "set_answer"
DELETE_FACT = "delete_fact"
ADD_QUIZ = "add_quiz"
IMPORT = "import"
EDIT_QUIZ = "edit_quiz"
DELETE_QUIZ = "delete_quiz"
DELETE_PHRASING = "delete_phrasing"
# An asked question made a phrasing from /unanswered; the audit detail is its review key.
ATTACH_QUESTION = "attach_question"
UNDOABLE_ACTIONS = (
    ADD_FACT,
    ADD_PHRASING,
    SET_ANSWER,
    DELETE_FACT,
    ADD_QUIZ,
    IMPORT,
    EDIT_QUIZ,
    DELETE_QUIZ,
    DELETE_PHRASING,
    ATTACH_QUESTION,
)
# Actions only recorded: an undo, a refused attempt, changes to the admin list.
UNDO = "undo"
DENIED = "denied"
ADMIN_ADDED = "admin_add"
ADMIN_REMOVED = "admin_remove"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the audit log; `before`/`after` are fact snapshots (None: no such fact)."""

    id: int
    batch: str
    user_id: int
    user_name: str | None
    action: str
    fact_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    version_after: int | None
    detail: str | None
    undone: bool
    created_at: str


def new_batch() -> str:
    """An id shared by the audit rows of one command."""
    return secrets.token_hex(8)


def _dumps(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def log(
    db: Database,
    *,
    user_id: int,
    user_name: str | None,
    action: str,
    batch: str | None = None,
    fact_id: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    version_after: int | None = None,
    detail: str | None = None,
) -> int:
    """Append one row to the audit log and return its id."""
    cursor = db.execute(
        "INSERT INTO audit_log (batch, user_id, user_name, action, fact_id, before, after, "
        "version_after, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            batch or new_batch(),
            user_id,
            user_name,
            action,
            fact_id,
            _dumps(before),
            _dumps(after),
            version_after,
            detail,
            now_iso(),
        ],
    )
    return int(cursor.lastrowid or 0)


def log_many(
    db: Database,
    *,
    user_id: int,
    user_name: str | None,
    action: str,
    rows: list[tuple[str, dict[str, Any] | None, dict[str, Any] | None, int | None]],
) -> str:
    """One batch of rows (fact id, before, after, version after) in one statement."""
    batch = new_batch()
    at = now_iso()
    db.conn.executemany(
        "INSERT INTO audit_log (batch, user_id, user_name, action, fact_id, before, after, "
        "version_after, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (batch, user_id, user_name, action, fid, _dumps(before), _dumps(after), version, at)
            for fid, before, after, version in rows
        ],
    )
    return batch


def prune(db: Database, *, keep_days: int, keep_rows: int) -> int:
    """Delete audit rows older than `keep_days`, then the oldest changes beyond `keep_rows`
    rows; a change (batch) goes whole or not at all, so /undo never meets half of one.
    Returns how many rows were deleted."""
    cutoff = (datetime.now(UTC) - timedelta(days=keep_days)).isoformat(timespec="seconds")
    with db.atomic():
        deleted = db.execute("DELETE FROM audit_log WHERE created_at < ?", [cutoff]).rowcount
        boundary = db.execute(
            "SELECT id FROM audit_log ORDER BY id DESC LIMIT 1 OFFSET ?", [keep_rows]
        ).fetchone()
        if boundary is not None:
            deleted += db.execute(
                "DELETE FROM audit_log WHERE id <= :id AND batch NOT IN "
                "(SELECT batch FROM audit_log WHERE id > :id)",
                {"id": boundary[0]},
            ).rowcount
        # Previews are kept a day; the same pass drops the old ones (their payload can be a
        # whole base).
        drop_expired(db)
    return int(deleted)


def count(db: Database) -> int:
    return int(db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])


def _entry(row: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        id=row["id"],
        batch=row["batch"],
        user_id=row["user_id"],
        user_name=row["user_name"],
        action=row["action"],
        fact_id=row["fact_id"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        version_after=row["version_after"],
        detail=row["detail"],
        undone=bool(row["undone"]),
        created_at=row["created_at"],
    )


def history(db: Database, fact_id: str, limit: int = 20) -> list[AuditEntry]:
    """Changes to one fact, newest first."""
    rows = db.query(
        "SELECT * FROM audit_log WHERE fact_id = ? ORDER BY id DESC LIMIT ?", [fact_id, limit]
    )
    return [_entry(row) for row in rows]


def last_undoable(db: Database, user_id: int) -> list[AuditEntry]:
    """The rows of the user's most recent change that was not undone yet (empty if none)."""
    marks = ", ".join("?" for _ in UNDOABLE_ACTIONS)
    latest = next(
        db.query(
            f"SELECT batch FROM audit_log WHERE user_id = ? AND undone = 0 "
            f"AND action IN ({marks}) ORDER BY id DESC LIMIT 1",
            [user_id, *UNDOABLE_ACTIONS],
        ),
        None,
    )
    if latest is None:
        return []
    rows = db.query("SELECT * FROM audit_log WHERE batch = ? ORDER BY id", [latest["batch"]])
    return [_entry(row) for row in rows]


def mark_undone(db: Database, batch: str) -> None:
    db.execute("UPDATE audit_log SET undone = 1 WHERE batch = ?", [batch])


def entries(db: Database, action: str | None = None) -> list[AuditEntry]:
    """Every row (of one action), oldest first."""
    if action is None:
        rows = db.query("SELECT * FROM audit_log ORDER BY id")
    else:
        rows = db.query("SELECT * FROM audit_log WHERE action = ? ORDER BY id", [action])
    return [_entry(row) for row in rows]
