"""How quizzes end, in SQLite: a run to end at its next step, and what a quiz owes a chat.

A message a quiz owes a chat (its announcement, its summary, a note that it stopped) is
written here in the transaction that starts or ends the run, and crossed out once Telegram
has it, so SIGTERM or a crash in between loses nothing and the restart sends what is left
(`bot/quiz_outbox.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.quiz import ENDING_POLL_CLOSED, STATUS_RUNNING


@dataclass(frozen=True, slots=True)
class OwedMessage:
    id: int
    chat_id: int
    thread_id: int | None
    text: str
    html: bool
    # A summary is sent however late the restart comes; a note only while still fresh.
    lasting: bool
    created_at: str
    run_id: int | None = None
    reply_to: int | None = None  # the message it answers (/quiz), if any


def owe_message(
    db: Database,
    *,
    chat_id: int,
    thread_id: int | None,
    text: str,
    html: bool,
    lasting: bool,
    now: str,
    run_id: int | None = None,
    reply_to: int | None = None,
) -> OwedMessage:
    """Write down a message to send (inside the caller's transaction, if any)."""
    cursor = db.execute(
        "INSERT INTO quiz_outbox (run_id, chat_id, thread_id, text, html, lasting, created_at, "
        "reply_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [run_id, chat_id, thread_id, text, int(html), int(lasting), now, reply_to],
    )
    return OwedMessage(
        int(cursor.lastrowid or 0), chat_id, thread_id, text, html, lasting, now, run_id,
        reply_to,
    )  # fmt: skip


def settle_message(db: Database, message_id: int) -> None:
    """The message was sent (or can never be): cross it out."""
    db.execute("DELETE FROM quiz_outbox WHERE id = ?", [message_id])


def owed_messages(db: Database) -> list[OwedMessage]:
    """Every message not yet sent, oldest first."""
    return [_owed(row) for row in db.query("SELECT * FROM quiz_outbox ORDER BY id")]


def _owed(row: dict[str, Any]) -> OwedMessage:
    return OwedMessage(
        row["id"], row["chat_id"], row["thread_id"], row["text"], bool(row["html"]),
        bool(row["lasting"]), row["created_at"], row["run_id"], row["reply_to"],
    )  # fmt: skip


def poll_closed_early(
    db: Database, *, run_id: int, poll_id: str, closed_at: str, next_at: str, last: bool
) -> bool:
    """A running quiz's poll was closed before its time: note it closed now (so the end
    does not try to close it again, and answers given before still count) and take the
    run's next step at `next_at`: its end, which is the usual one after its `last`
    question. False when the run is no longer running."""
    with db.atomic():
        cursor = db.execute(
            "UPDATE quiz_runs SET ending = ?, next_at = ? WHERE id = ? AND status = ?",
            [None if last else ENDING_POLL_CLOSED, next_at, run_id, STATUS_RUNNING],
        )
        if cursor.rowcount == 0:
            return False
        db.execute(
            "UPDATE quiz_polls SET closes_at = ? WHERE poll_id = ? AND closes_at > ?",
            [closed_at, poll_id, closed_at],
        )
    return True
