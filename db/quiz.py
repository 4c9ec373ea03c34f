"""Quiz state in SQLite: chats, schedules, runs, polls, answers, scores and streak data.

Times are ISO-8601 strings in UTC; daily run dates are local dates (YYYY-MM-DD) in the
schedule's time zone.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from knowledge.quiz_scores import shared_ranks
from knowledge.quiz_selection import Chosen, ItemHistory

STATUS_RUNNING = "running"
STATUS_FINISHED = "finished"
STATUS_CANCELLED = "cancelled"
STATUS_STOPPED = "stopped"  # ended early: /stopquiz, or nobody answered twice in a row
STATUS_FAILED = "failed"  # Telegram refused a step, or the step raised
STATUS_EXPIRED = "expired"  # left over from downtime, closed instead of resumed
# A running quiz's poll was closed before its time (not by the bot): the quiz ends.
ENDING_POLL_CLOSED = "poll_closed"
KIND_MANUAL = "manual"
KIND_DAILY = "daily"
DEFAULT_QUESTIONS = 5
DEFAULT_SECONDS = 30
DEFAULT_COOLDOWN = 10  # minutes between manual quizzes in a group
WHO_ALL = "all"
WHO_ADMINS = "admins"


def iso(moment: datetime) -> str:
    """A moment as stored: ISO in UTC, so that stored moments compare as strings."""
    # A local moment (a chat's midnight in +03:00) compared as a string with UTC ones
    # would put the UTC day's last hours before it.
    return moment.astimezone(UTC).isoformat(timespec="seconds")


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
    thread_id: int | None = None
    started_by: int | None = None
    started_at: str = ""
    # Per item, the cycle it counts for and whether it is a retry (`Chosen`), noted in the
    # chat's history only when its poll is sent; None for a run from before plans were kept
    # (its items were noted when it started).
    plan: tuple[tuple[int, bool], ...] | None = None
    # Why the run is to end at its next step (ENDING_POLL_CLOSED), None while it goes on.
    ending: str | None = None


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
    message_id: int | None = None
    stopped: bool = False
    # When the bot began sending it: Telegram closes it no sooner than `seconds` after this.
    sent_at: str = ""


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
        thread_id=row["thread_id"],
        started_by=row["started_by"],
        started_at=row["started_at"],
        plan=_plan_from_json(row["plan"]),
        ending=row["ending"],
    )


def _plan_from_json(raw: str | None) -> tuple[tuple[int, bool], ...] | None:
    if raw is None:
        return None
    return tuple((int(cycle), bool(retry)) for cycle, retry in json.loads(raw))


def create_run(
    db: Database,
    *,
    chat_id: int,
    kind: str,
    run_date: str | None,
    items: list[Chosen],
    seconds: int,
    now: str,
    thread_id: int | None = None,
    started_by: int | None = None,
) -> int | None:
    """Start a run; None when the chat already has one running, or today's daily ran.

    Each item keeps its cycle and retry mark in the run's plan, for when it is sent."""
    plan = json.dumps([[item.cycle, int(item.retry)] for item in items])
    try:
        cursor = db.execute(
            "INSERT INTO quiz_runs (chat_id, kind, run_date, status, items, seconds, "
            "next_at, started_at, thread_id, started_by, plan) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                chat_id, kind, run_date, STATUS_RUNNING, json.dumps([c.item for c in items]),
                seconds, now, now, thread_id, started_by, plan,
            ],
        )  # fmt: skip
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
) -> bool:
    """Remember the poll and move the run on, in one transaction.

    False when the poll id is already stored (a fake Bot API restarted on an old database
    reuses ids); nothing is written then.
    """
    return _record_poll(db, poll_id, run, quiz_id, message_id, options, correct_option,
                        sent_at, closes_at, next_at)  # fmt: skip


def _record_poll(
    db: Database, poll_id: str, run: QuizRun, quiz_id: str, message_id: int, options: list[str],
    correct_option: int, sent_at: str, closes_at: str, next_at: str,
) -> bool:  # fmt: skip
    with db.atomic():
        try:
            db.execute(
                "INSERT INTO quiz_polls (poll_id, run_id, chat_id, quiz_id, position, "
                "message_id, options, correct_option, sent_at, closes_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        except sqlite3.IntegrityError:
            # Only the poll id already stored is expected here; any other constraint failing
            # below is a bug and is raised, not read as "already stored".
            return False
        db.execute(
            "UPDATE quiz_runs SET next_index = next_index + 1, next_at = ? WHERE id = ?",
            [next_at, run.id],
        )
        if run.plan is not None:
            # Only a question that reached the group is used up for its cycle: one a stopped
            # quiz never sent stays unasked (and a missed one stays due for its retry).
            cycle, retry = run.plan[run.next_index]
            _mark_item_asked(db, run.chat_id, Chosen(quiz_id, cycle, retry), sent_at)
    return True


def skip_question(db: Database, run: QuizRun, *, possibly_sent_at: str | None = None) -> None:
    """Move a run past a question that could not be sent (deleted, or its send timed out).

    `possibly_sent_at`: the send timed out, so the poll may have reached the group: its item
    is noted as asked (in its cycle) then, as a sent one is, and not asked again this cycle.
    """
    with db.atomic():
        db.execute("UPDATE quiz_runs SET next_index = next_index + 1 WHERE id = ?", [run.id])
        if possibly_sent_at is not None and run.plan is not None:
            cycle, retry = run.plan[run.next_index]
            chosen = Chosen(run.items[run.next_index], cycle, retry)
            _mark_item_asked(db, run.chat_id, chosen, possibly_sent_at)


def polls_sent(db: Database, run_id: int) -> int:
    """How many of a run's questions were sent as polls (skipped ones are not)."""
    row = next(db.query("SELECT COUNT(*) AS n FROM quiz_polls WHERE run_id = ?", [run_id]))
    return int(row["n"])


def finish_run(db: Database, run_id: int, status: str, now: str) -> bool:
    """End a running run; False when it had already ended (only one ending wins)."""
    cursor = db.execute(
        "UPDATE quiz_runs SET status = ?, finished_at = ? WHERE id = ? AND status = ?",
        [status, now, run_id, STATUS_RUNNING],
    )
    return cursor.rowcount > 0


def last_manual_finish(db: Database, chat_id: int) -> str | None:
    """When the chat's last manual quiz that ran to its end finished (for the cooldown)."""
    row = next(
        db.query(
            "SELECT MAX(finished_at) AS at FROM quiz_runs "
            "WHERE chat_id = ? AND kind = ? AND status = ?",
            [chat_id, KIND_MANUAL, STATUS_FINISHED],
        )
    )
    return row["at"]


def held_daily_dates(db: Database, chat_id: int) -> set[str]:
    """Local dates on which the chat's daily quiz really reached the group (a poll went out)."""
    rows = db.query(
        "SELECT DISTINCT r.run_date FROM quiz_runs r JOIN quiz_polls p ON p.run_id = r.id "
        "WHERE r.chat_id = ? AND r.kind = ?",
        [chat_id, KIND_DAILY],
    )
    return {row["run_date"] for row in rows if row["run_date"]}


def mark_poll_stopped(db: Database, poll_id: str) -> None:
    """The bot closed this poll early: answers that reach it later are not counted."""
    db.execute("UPDATE quiz_polls SET stopped = 1 WHERE poll_id = ?", [poll_id])


def answer_counts(db: Database, run_id: int) -> list[int]:
    """How many answered each poll of a run, in the order they were sent."""
    rows = db.query(
        "SELECT (SELECT COUNT(*) FROM quiz_answers a WHERE a.poll_id = p.poll_id) AS n "
        "FROM quiz_polls p WHERE p.run_id = ? ORDER BY p.position",
        [run_id],
    )
    return [row["n"] for row in rows]


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
        message_id=row["message_id"],
        stopped=bool(row["stopped"]),
        sent_at=row["sent_at"],
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


def rename_player(db: Database, user_id: int, name: str, username: str | None, now: str) -> None:
    """A player's name as Telegram shows it now, if it changed (only someone who has
    answered a quiz is a player: nobody else is added)."""
    db.execute(
        "UPDATE players SET name = ?, username = ?, updated_at = ? "
        "WHERE user_id = ? AND (name IS NOT ? OR username IS NOT ?)",
        [name, username, now, user_id, name, username],
    )


def item_history(db: Database, chat_id: int) -> dict[str, ItemHistory]:
    rows = db.query("SELECT * FROM chat_items WHERE chat_id = ?", [chat_id])
    return {
        r["quiz_id"]: ItemHistory(
            r["cycle"], r["answers"], r["wrong"], bool(r["missed"]), bool(r["retry"])
        )
        for r in rows
    }


def _mark_item_asked(db: Database, chat_id: int, chosen: Chosen, now: str) -> None:
    """Note that an item was asked (in its cycle) and advance the chat's cycle to it.

    Called inside record_poll_sent's transaction, when the item's poll has been sent."""
    db.execute(
        "INSERT INTO chat_items (chat_id, quiz_id, cycle, asked_at, retry) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(chat_id, quiz_id) DO UPDATE SET cycle = excluded.cycle, "
        "asked_at = excluded.asked_at, answers = 0, wrong = 0, missed = 0, "
        "retry = excluded.retry",
        [chat_id, chosen.item, chosen.cycle, now, int(chosen.retry)],
    )
    db.execute("UPDATE chats SET cycle = MAX(cycle, ?) WHERE chat_id = ?", [chosen.cycle, chat_id])


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
    # Missed: nobody answered, or most answered wrongly; such an item comes back soon. A poll
    # the bot closed early (/stopquiz) that nobody had answered yet was cut short, not missed:
    # the group had no time to answer it, so it is not brought ahead of the cycle's others.
    db.execute(
        "UPDATE chat_items SET missed = ((answers = 0 AND NOT EXISTS (SELECT 1 FROM quiz_polls "
        "p WHERE p.run_id = :run AND p.quiz_id = chat_items.quiz_id AND p.stopped = 1)) "
        "OR 2 * wrong > answers) "
        "WHERE (chat_id, quiz_id) IN "
        "(SELECT chat_id, quiz_id FROM quiz_polls WHERE run_id = :run)",
        {"run": run_id},
    )


# --- scores ------------------------------------------------------------------------


def leaderboard(
    db: Database, chat_id: int, *, since: str | None = None, limit: int | None = 10
) -> list[Standing]:
    """Players by points (correct answers) in a chat, optionally since a moment."""
    rows = list(
        db.query(
            "SELECT a.user_id, COALESCE(p.name, a.user_id) AS name, SUM(a.correct) AS points, "
            "MIN(a.answered_at) AS first FROM quiz_answers a LEFT JOIN players p USING (user_id) "
            "WHERE a.chat_id = ? AND (? IS NULL OR a.answered_at >= ?) "
            "GROUP BY a.user_id HAVING points > 0 ORDER BY points DESC, first ASC",
            [chat_id, since, since],
        )
    )
    ranks = shared_ranks([row["points"] for row in rows])
    standings = [
        Standing(row["user_id"], str(row["name"]), row["points"], rank)
        for rank, row in zip(ranks, rows, strict=True)
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


def player_chats(db: Database, user_id: int) -> list[tuple[str | None, int, int]]:
    """(chat title, answers, correct answers) of a player in every chat, best first."""
    rows = db.query(
        "SELECT c.title AS title, COUNT(*) AS answered, SUM(a.correct) AS correct "
        "FROM quiz_answers a LEFT JOIN chats c ON c.chat_id = a.chat_id WHERE a.user_id = ? "
        "GROUP BY a.chat_id ORDER BY correct DESC, answered DESC, a.chat_id",
        [user_id],
    )
    return [(row["title"], row["answered"], row["correct"]) for row in rows]


def daily_correct_dates(db: Database, chat_id: int, user_id: int) -> set[str]:
    """Local dates of daily quizzes in which the player answered at least one correctly."""
    rows = db.query(
        "SELECT DISTINCT r.run_date FROM quiz_answers a JOIN quiz_runs r ON r.id = a.run_id "
        "WHERE a.chat_id = ? AND a.user_id = ? AND a.correct = 1 AND r.kind = ?",
        [chat_id, user_id, KIND_DAILY],
    )
    return {row["run_date"] for row in rows if row["run_date"]}


def round_scores(db: Database, run_id: int) -> list[Standing]:
    """Everyone who answered in a run, best first, with shared ranks (0 points included)."""
    rows = list(
        db.query(
            "SELECT a.user_id, COALESCE(p.name, a.user_id) AS name, SUM(a.correct) AS points, "
            "MIN(a.answered_at) AS first FROM quiz_answers a LEFT JOIN players p USING (user_id) "
            "WHERE a.run_id = ? GROUP BY a.user_id ORDER BY points DESC, first ASC",
            [run_id],
        )
    )
    ranks = shared_ranks([row["points"] for row in rows])
    return [
        Standing(row["user_id"], str(row["name"]), row["points"], rank)
        for rank, row in zip(ranks, rows, strict=True)
    ]


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
