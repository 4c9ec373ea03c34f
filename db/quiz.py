"""Quiz runs in SQLite: a run from start to end, the polls it sent, the answers counted,
and each chat's history of the items it was asked.

A chat's settings and schedule are `db/quiz_chats.py`; points and streak dates
`db/quiz_standings.py`. Times are ISO-8601 strings in UTC; daily run dates are local dates
(YYYY-MM-DD) in the schedule's time zone.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

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


def iso(moment: datetime) -> str:
    """A moment as stored: ISO in UTC, so that stored moments compare as strings."""
    # A local moment (a chat's midnight in +03:00) compared as a string with UTC ones
    # would put the UTC day's last hours before it.
    return moment.astimezone(UTC).isoformat(timespec="seconds")


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
