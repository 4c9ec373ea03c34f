"""Previewed admin changes waiting for their confirm button (kept a day at most)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from db.facts import now_iso

# A preview nobody confirmed within this time is dropped.
PENDING_LIFETIME = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Pending:
    """A previewed change waiting for its confirm button."""

    id: int
    user_id: int
    action: str
    fact_id: str | None
    payload: dict[str, Any]
    expected: str


def drop_expired(db: Database) -> None:
    """Delete the previews nobody confirmed within PENDING_LIFETIME."""
    cutoff = (datetime.now(UTC) - PENDING_LIFETIME).isoformat(timespec="seconds")
    db.execute("DELETE FROM admin_pending WHERE created_at < ?", [cutoff])


def create_pending(
    db: Database,
    *,
    user_id: int,
    action: str,
    fact_id: str | None,
    payload: dict[str, Any],
    expected: str,
) -> int:
    """Store a previewed change; its id goes into the confirm button's callback data."""
    drop_expired(db)
    cursor = db.execute(
        "INSERT INTO admin_pending (user_id, action, fact_id, payload, expected, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [user_id, action, fact_id, json.dumps(payload, ensure_ascii=False), expected, now_iso()],
    )
    return int(cursor.lastrowid or 0)


def get_pending(db: Database, pending_id: int) -> Pending | None:
    row = next(db.query("SELECT * FROM admin_pending WHERE id = ?", [pending_id]), None)
    if row is None:
        return None
    return Pending(
        id=row["id"],
        user_id=row["user_id"],
        action=row["action"],
        fact_id=row["fact_id"],
        payload=json.loads(row["payload"]),
        expected=row["expected"],
    )


def pending_action(db: Database, pending_id: int) -> str | None:
    """The action of a waiting preview, without reading its (possibly large) payload."""
    if not 0 < pending_id < 2**63:
        return None
    row = next(db.query("SELECT action FROM admin_pending WHERE id = ?", [pending_id]), None)
    return None if row is None else str(row["action"])


def delete_pending(db: Database, pending_id: int) -> bool:
    return db.execute("DELETE FROM admin_pending WHERE id = ?", [pending_id]).rowcount > 0
