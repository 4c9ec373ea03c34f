"""Quiz state in SQLite: chats, schedules, runs, polls, answers, scores and streak data.

Times are ISO-8601 strings in UTC; daily run dates are local dates (YYYY-MM-DD) in the
schedule's time zone.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from knowledge.quiz_selection import ItemHistory

STATUS_RUNNING = "running"
STATUS_FINISHED = "finished"
STATUS_CANCELLED = "cancelled"
KIND_MANUAL = "manual"
KIND_DAILY = "daily"
DEFAULT_QUESTIONS = 5
DEFAULT_SECONDS = 30


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class ChatSettings:
    chat_id: int
    questions: int
    seconds: int
    cycle: int
    active: bool


@dataclass(frozen=True, slots=True)
class Schedule:
    chat_id: int
    time: str
    timezone: str
    enabled: bool


@dataclass(frozen=True, slots=True)
class QuizRun:
    id: int
    chat_id: int
    kind: str
    run_date: str | None
    status: str
    items: tuple[str, ...]
    seconds: int
    next_index: int
    next_at: str | None


@dataclass(frozen=True, slots=True)
class SentPoll:
    poll_id: str
    run_id: int
    chat_id: int
    quiz_id: str
    position: int
    options: tuple[str, ...]
    correct_option: int
    closes_at: str


@dataclass(frozen=True, slots=True)
class Standing:
    user_id: int
    name: str
    points: int
    rank: int


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
        chat_id, row["questions"], row["seconds"], row["cycle"], bool(row["active"])
    )


def update_settings(
    db: Database,
    chat_id: int,
    now: str,
    *,
    questions: int | None = None,
    seconds: int | None = None,
) -> None:
    db.execute(
        "UPDATE chats SET questions = COALESCE(?, questions), seconds = COALESCE(?, seconds), "
        "updated_at = ? WHERE chat_id = ?",
        [questions, seconds, now, chat_id],
    )


def set_active(db: Database, chat_id: int, active: bool, now: str) -> None:
    db.execute(
        "UPDATE chats SET active = ?, updated_at = ? WHERE chat_id = ?",
        [int(active), now, chat_id],
    )


# --- schedules ---------------------------------------------------------------------


def set_schedule(db: Database, chat_id: int, time: str, timezone: str, now: str) -> None:
    db.execute(
        "INSERT INTO schedules (chat_id, time, timezone, enabled, updated_at) "
        "VALUES (?, ?, ?, 1, ?) ON CONFLICT(chat_id) DO UPDATE SET time = excluded.time, "
        "timezone = excluded.timezone, enabled = 1, updated_at = excluded.updated_at",
        [chat_id, time, timezone, now],
    )


def disable_schedule(db: Database, chat_id: int, now: str) -> bool:
    cursor = db.execute(
        "UPDATE schedules SET enabled = 0, updated_at = ? WHERE chat_id = ? AND enabled = 1",
        [now, chat_id],
    )
    return cursor.rowcount > 0


def get_schedule(db: Database, chat_id: int) -> Schedule | None:
    row = next(db.query("SELECT * FROM schedules WHERE chat_id = ?", [chat_id]), None)
    if row is None:
        return None
    return Schedule(row["chat_id"], row["time"], row["timezone"], bool(row["enabled"]))


def enabled_schedules(db: Database) -> list[Schedule]:
    rows = db.query("SELECT * FROM schedules WHERE enabled = 1 ORDER BY chat_id")
    return [Schedule(r["chat_id"], r["time"], r["timezone"], True) for r in rows]


# --- runs and polls ----------------------------------------------------------------


def _run_from_row(row: dict[str, Any]) -> QuizRun:
    return QuizRun(
        id=row["id"],
        chat_id=row["chat_id"],
        kind=row["kind"],
        run_date=row["run_date"],
        status=row["status"],
        items=tuple(json.loads(row["items"])),
        seconds=row["seconds"],
        next_index=row["next_index"],
        next_at=row["next_at"],
    )


def create_run(
    db: Database,
    *,
    chat_id: int,
    kind: str,
    run_date: str | None,
    items: list[str],
    seconds: int,
    now: str,
) -> int | None:
    """Start a run; None when the chat already has one running, or today's daily ran."""
    try:
        cursor = db.execute(
            "INSERT INTO quiz_runs (chat_id, kind, run_date, status, items, seconds, "
            "next_at, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [chat_id, kind, run_date, STATUS_RUNNING, json.dumps(items), seconds, now, now],
        )
    except sqlite3.IntegrityError:
        return None
    return int(cursor.lastrowid or 0)


def get_run(db: Database, run_id: int) -> QuizRun | None:
    row = next(db.query("SELECT * FROM quiz_runs WHERE id = ?", [run_id]), None)
    return _run_from_row(row) if row else None


def running_run(db: Database, chat_id: int) -> QuizRun | None:
    row = next(
        db.query(
            "SELECT * FROM quiz_runs WHERE chat_id = ? AND status = ?", [chat_id, STATUS_RUNNING]
        ),
        None,
    )
    return _run_from_row(row) if row else None


def running_runs(db: Database) -> list[QuizRun]:
    rows = db.query("SELECT * FROM quiz_runs WHERE status = ? ORDER BY id", [STATUS_RUNNING])
    return [_run_from_row(row) for row in rows]


def daily_run_exists(db: Database, chat_id: int, run_date: str) -> bool:
    return bool(
        next(
            db.query(
                "SELECT 1 FROM quiz_runs WHERE chat_id = ? AND kind = ? AND run_date = ?",
                [chat_id, KIND_DAILY, run_date],
            ),
            None,
        )
    )


def record_poll_sent(
    db: Database,
    *,
    poll_id: str,
    run: QuizRun,
    quiz_id: str,
    message_id: int,
    options: list[str],
    correct_option: int,
    sent_at: str,
    closes_at: str,
    next_at: str,
) -> None:
    """Remember the poll and move the run on, in one transaction."""
    with db.atomic():
        db.execute(
            "INSERT INTO quiz_polls (poll_id, run_id, chat_id, quiz_id, position, message_id, "
            "options, correct_option, sent_at, closes_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                poll_id,
                run.id,
                run.chat_id,
                quiz_id,
                run.next_index,
                message_id,
                json.dumps(options, ensure_ascii=False),
                correct_option,
                sent_at,
                closes_at,
            ],
        )
        db.execute(
            "UPDATE quiz_runs SET next_index = next_index + 1, next_at = ? WHERE id = ?",
            [next_at, run.id],
        )


def skip_question(db: Database, run_id: int) -> None:
    """Move a run past a question that could not be sent (deleted, or its send timed out)."""
    db.execute("UPDATE quiz_runs SET next_index = next_index + 1 WHERE id = ?", [run_id])


def finish_run(db: Database, run_id: int, status: str, now: str) -> None:
    db.execute(
        "UPDATE quiz_runs SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
        [status, now, run_id, STATUS_RUNNING],
    )


def run_counts(db: Database) -> dict[str, int]:
    """How many quiz runs are in each status, and how many answers were counted."""
    counts = {
        row["status"]: row["n"]
        for row in db.query("SELECT status, COUNT(*) AS n FROM quiz_runs GROUP BY status")
    }
    counts["answers"] = next(db.query("SELECT COUNT(*) AS n FROM quiz_answers"))["n"]
    return counts


def get_poll(db: Database, poll_id: str) -> SentPoll | None:
    row = next(db.query("SELECT * FROM quiz_polls WHERE poll_id = ?", [poll_id]), None)
    if row is None:
        return None
    return SentPoll(
        poll_id=row["poll_id"],
        run_id=row["run_id"],
        chat_id=row["chat_id"],
        quiz_id=row["quiz_id"],
        position=row["position"],
        options=tuple(json.loads(row["options"])),
        correct_option=row["correct_option"],
        closes_at=row["closes_at"],
    )


def run_polls(db: Database, run_id: int) -> list[SentPoll]:
    rows = db.query("SELECT poll_id FROM quiz_polls WHERE run_id = ? ORDER BY position", [run_id])
    return [poll for row in rows if (poll := get_poll(db, row["poll_id"])) is not None]


# --- answers, players and item history ---------------------------------------------


def record_answer(
    db: Database, poll: SentPoll, user_id: int, correct: bool, name: str, username: str | None,
    now: str,
) -> bool:  # fmt: skip
    """Count one answer per user per poll; False if this user already answered it."""
    with db.atomic():
        db.execute(
            "INSERT INTO players (user_id, name, username, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET name = excluded.name, "
            "username = excluded.username, updated_at = excluded.updated_at",
            [user_id, name, username, now],
        )
        cursor = db.execute(
            "INSERT OR IGNORE INTO quiz_answers (poll_id, user_id, chat_id, run_id, correct, "
            "answered_at) VALUES (?, ?, ?, ?, ?, ?)",
            [poll.poll_id, user_id, poll.chat_id, poll.run_id, int(correct), now],
        )
    return cursor.rowcount > 0


def item_history(db: Database, chat_id: int) -> dict[str, ItemHistory]:
    rows = db.query("SELECT * FROM chat_items WHERE chat_id = ?", [chat_id])
    return {r["quiz_id"]: ItemHistory(r["cycle"], r["answers"], r["wrong"]) for r in rows}


def mark_items_asked(db: Database, chat_id: int, items: list[tuple[str, int]], now: str) -> None:
    """Note that these items were asked (in these cycles) and advance the chat's cycle."""
    with db.atomic():
        for quiz_id, cycle in items:
            db.execute(
                "INSERT INTO chat_items (chat_id, quiz_id, cycle, asked_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(chat_id, quiz_id) DO UPDATE SET cycle = excluded.cycle, "
                "asked_at = excluded.asked_at, answers = 0, wrong = 0",
                [chat_id, quiz_id, cycle, now],
            )
        if items:
            db.execute(
                "UPDATE chats SET cycle = MAX(cycle, ?) WHERE chat_id = ?",
                [max(cycle for _, cycle in items), chat_id],
            )


def record_item_results(db: Database, run_id: int) -> None:
    """After a run: how many answered each item, and how many got it wrong."""
    db.execute(
        "UPDATE chat_items SET "
        "answers = (SELECT COUNT(*) FROM quiz_answers a JOIN quiz_polls p USING (poll_id) "
        "WHERE p.run_id = :run AND p.quiz_id = chat_items.quiz_id), "
        "wrong = (SELECT COUNT(*) FROM quiz_answers a JOIN quiz_polls p USING (poll_id) "
        "WHERE p.run_id = :run AND p.quiz_id = chat_items.quiz_id AND a.correct = 0) "
        "WHERE (chat_id, quiz_id) IN "
        "(SELECT chat_id, quiz_id FROM quiz_polls WHERE run_id = :run)",
        {"run": run_id},
    )


# --- scores ------------------------------------------------------------------------


def leaderboard(
    db: Database, chat_id: int, *, since: str | None = None, limit: int | None = 10
) -> list[Standing]:
    """Players by points (correct answers) in a chat, optionally since a moment."""
    rows = db.query(
        "SELECT a.user_id, COALESCE(p.name, a.user_id) AS name, SUM(a.correct) AS points, "
        "MIN(a.answered_at) AS first FROM quiz_answers a LEFT JOIN players p USING (user_id) "
        "WHERE a.chat_id = ? AND (? IS NULL OR a.answered_at >= ?) "
        "GROUP BY a.user_id HAVING points > 0 ORDER BY points DESC, first ASC",
        [chat_id, since, since],
    )
    standings = [
        Standing(row["user_id"], str(row["name"]), row["points"], rank)
        for rank, row in enumerate(rows, 1)
    ]
    return standings if limit is None else standings[:limit]


def standing_of(
    db: Database, chat_id: int, user_id: int, *, since: str | None = None
) -> Standing | None:
    return next(
        (s for s in leaderboard(db, chat_id, since=since, limit=None) if s.user_id == user_id),
        None,
    )


def player_totals(db: Database, chat_id: int, user_id: int) -> tuple[int, int]:
    """(answers given, correct answers) of a player in a chat."""
    row = next(
        db.query(
            "SELECT COUNT(*) AS answered, COALESCE(SUM(correct), 0) AS correct "
            "FROM quiz_answers WHERE chat_id = ? AND user_id = ?",
            [chat_id, user_id],
        )
    )
    return row["answered"], row["correct"]


def daily_correct_dates(db: Database, chat_id: int, user_id: int) -> set[str]:
    """Local dates of daily quizzes in which the player answered at least one correctly."""
    rows = db.query(
        "SELECT DISTINCT r.run_date FROM quiz_answers a JOIN quiz_runs r ON r.id = a.run_id "
        "WHERE a.chat_id = ? AND a.user_id = ? AND a.correct = 1 AND r.kind = ?",
        [chat_id, user_id, KIND_DAILY],
    )
    return {row["run_date"] for row in rows if row["run_date"]}


def round_scores(db: Database, run_id: int) -> list[tuple[str, int]]:
    """(name, correct answers) of everyone who answered in a run, best first."""
    rows = db.query(
        "SELECT COALESCE(p.name, a.user_id) AS name, SUM(a.correct) AS points, "
        "MIN(a.answered_at) AS first FROM quiz_answers a LEFT JOIN players p USING (user_id) "
        "WHERE a.run_id = ? GROUP BY a.user_id ORDER BY points DESC, first ASC",
        [run_id],
    )
    return [(str(row["name"]), row["points"]) for row in rows]


# --- a group that became a supergroup ----------------------------------------------

_CHAT_TABLES = ("schedules", "quiz_runs", "quiz_polls", "quiz_answers", "chat_items")


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
