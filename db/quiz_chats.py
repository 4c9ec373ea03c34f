"""A chat's quiz settings and daily schedule in SQLite, and carrying the chat's quiz rows
over when a group becomes a supergroup (a new chat id).

Times are ISO-8601 strings in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

DEFAULT_QUESTIONS = 5
DEFAULT_SECONDS = 30
DEFAULT_COOLDOWN = 10  # minutes between manual quizzes in a group
WHO_ALL = "all"
WHO_ADMINS = "admins"


@dataclass(frozen=True, slots=True)
class ChatSettings:
    chat_id: int
    questions: int
    seconds: int
    cycle: int
    active: bool
    who: str = WHO_ALL
    cooldown: int = DEFAULT_COOLDOWN


@dataclass(frozen=True, slots=True)
class Schedule:
    chat_id: int
    time: str
    timezone: str
    enabled: bool
    thread_id: int | None = None
    updated_at: str = ""


# --- chats and settings ------------------------------------------------------------


def ensure_chat(db: Database, chat_id: int, chat_type: str, title: str | None, now: str) -> None:
    """Create the chat's row with default settings, or refresh its title."""
    db.execute(
        "INSERT INTO chats (chat_id, type, title, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(chat_id) DO UPDATE SET type = excluded.type, "
        "title = COALESCE(excluded.title, chats.title)",
        [chat_id, chat_type, title, now],
    )


def chat_settings(db: Database, chat_id: int) -> ChatSettings:
    row = next(db.query("SELECT * FROM chats WHERE chat_id = ?", [chat_id]), None)
    if row is None:
        return ChatSettings(chat_id, DEFAULT_QUESTIONS, DEFAULT_SECONDS, 0, True)
    return ChatSettings(
        chat_id,
        row["questions"],
        row["seconds"],
        row["cycle"],
        bool(row["active"]),
        row["who"],
        row["cooldown"],
    )


def update_settings(
    db: Database,
    chat_id: int,
    now: str,
    *,
    questions: int | None = None,
    seconds: int | None = None,
    who: str | None = None,
    cooldown: int | None = None,
) -> None:
    db.execute(
        "UPDATE chats SET questions = COALESCE(?, questions), seconds = COALESCE(?, seconds), "
        "who = COALESCE(?, who), cooldown = COALESCE(?, cooldown), "
        "updated_at = ? WHERE chat_id = ?",
        [questions, seconds, who, cooldown, now, chat_id],
    )


def set_active(db: Database, chat_id: int, active: bool, now: str) -> None:
    db.execute(
        "UPDATE chats SET active = ?, updated_at = ? WHERE chat_id = ?",
        [int(active), now, chat_id],
    )


# --- schedules ---------------------------------------------------------------------


def set_schedule(
    db: Database, chat_id: int, time: str, timezone: str, now: str, thread_id: int | None = None
) -> None:
    db.execute(
        "INSERT INTO schedules (chat_id, time, timezone, enabled, updated_at, thread_id) "
        "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET time = excluded.time, "
        "timezone = excluded.timezone, enabled = 1, updated_at = excluded.updated_at, "
        "thread_id = excluded.thread_id",
        [chat_id, time, timezone, now, thread_id],
    )


def disable_schedule(db: Database, chat_id: int, now: str) -> bool:
    cursor = db.execute(
        "UPDATE schedules SET enabled = 0, updated_at = ? WHERE chat_id = ? AND enabled = 1",
        [now, chat_id],
    )
    return cursor.rowcount > 0


def get_schedule(db: Database, chat_id: int) -> Schedule | None:
    row = next(db.query("SELECT * FROM schedules WHERE chat_id = ?", [chat_id]), None)
    return _schedule_from_row(row) if row else None


def _schedule_from_row(row: dict[str, Any]) -> Schedule:
    return Schedule(
        row["chat_id"],
        row["time"],
        row["timezone"],
        bool(row["enabled"]),
        row["thread_id"],
        row["updated_at"],
    )


def enabled_schedules(db: Database) -> list[Schedule]:
    rows = db.query("SELECT * FROM schedules WHERE enabled = 1 ORDER BY chat_id")
    return [_schedule_from_row(row) for row in rows]


# --- a group that became a supergroup ----------------------------------------------

_CHAT_TABLES = (
    "schedules",
    "quiz_runs",
    "quiz_polls",
    "quiz_answers",
    "chat_items",
    "quiz_outbox",
)


def move_chat(db: Database, old_chat_id: int, new_chat_id: int) -> None:
    """Carry settings, schedule, runs and scores over to the supergroup's new id."""
    with db.atomic():
        if next(db.query("SELECT 1 FROM chats WHERE chat_id = ?", [old_chat_id]), None):
            db.execute("DELETE FROM chats WHERE chat_id = ?", [new_chat_id])
            db.execute(
                "UPDATE chats SET chat_id = ?, type = 'supergroup' WHERE chat_id = ?",
                [new_chat_id, old_chat_id],
            )
        db.execute("DELETE FROM schedules WHERE chat_id = ? AND ? IN "
                   "(SELECT chat_id FROM schedules)", [new_chat_id, old_chat_id])  # fmt: skip
        db.execute("DELETE FROM chat_items WHERE chat_id = ? AND quiz_id IN "
                   "(SELECT quiz_id FROM chat_items WHERE chat_id = ?)",
                   [new_chat_id, old_chat_id])  # fmt: skip
        for table in _CHAT_TABLES:
            db.execute(
                f"UPDATE {table} SET chat_id = ? WHERE chat_id = ?", [new_chat_id, old_chat_id]
            )
