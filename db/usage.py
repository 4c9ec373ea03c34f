"""What people ask: kept (without user ids) so admins can improve the fact base."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.facts import now_iso

# Question texts are cut to this length before they are stored.
MAX_STORED_CHARS = 1000


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    id: int
    text: str
    outcome: str
    fact_id: str | None
    suggested: tuple[str, ...]


def record_question(
    db: Database,
    *,
    text: str,
    normalized: str,
    chat_type: str,
    outcome: str,
    fact_id: str | None = None,
    score: float = 0.0,
    suggested: tuple[str, ...] = (),
) -> int:
    """Store one asked question and return its id (used in buttons' callback data)."""
    cursor = db.execute(
        "INSERT INTO questions (text, normalized, chat_type, outcome, fact_id, score, "
        "suggested, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            text[:MAX_STORED_CHARS],
            normalized[:MAX_STORED_CHARS],
            chat_type,
            outcome,
            fact_id,
            score,
            json.dumps(list(suggested)),
            now_iso(),
        ],
    )
    return int(cursor.lastrowid or 0)


def get_question(db: Database, question_id: int) -> AskedQuestion | None:
    row = next(db.query("SELECT * FROM questions WHERE id = ?", [question_id]), None)
    if row is None:
        return None
    return AskedQuestion(
        id=row["id"],
        text=row["text"],
        outcome=row["outcome"],
        fact_id=row["fact_id"],
        suggested=tuple(json.loads(row["suggested"])),
    )


CHOICE_NEW = "new"
CHOICE_TAKEN = "taken"
CHOICE_UNKNOWN = "unknown"


def record_choice(db: Database, question_id: int, fact_id: str) -> str:
    """Remember the "did you mean" suggestion taken: CHOICE_NEW for the first press on the
    message, CHOICE_TAKEN once one was taken (any button), CHOICE_UNKNOWN if not offered."""
    question = get_question(db, question_id)
    if question is None or fact_id not in question.suggested:
        return CHOICE_UNKNOWN
    # One statement decides the first press, even among presses handled at once.
    cursor = db.execute(
        "UPDATE questions SET chosen_fact_id = ? WHERE id = ? AND chosen_fact_id IS NULL",
        [fact_id, question_id],
    )
    return CHOICE_NEW if cursor.rowcount > 0 else CHOICE_TAKEN


def record_feedback(db: Database, question_id: int, useful: bool) -> bool:
    """Store useful / not useful for an answered question; the last press counts."""
    cursor = db.execute(
        "UPDATE questions SET useful = ? WHERE id = ? "
        "AND COALESCE(fact_id, chosen_fact_id) IS NOT NULL",
        [int(useful), question_id],
    )
    return cursor.rowcount > 0


def popular_fact_ids(db: Database, limit: int = 5) -> list[str]:
    """Facts answered most often, for inline mode's empty query."""
    rows = db.query(
        "SELECT COALESCE(fact_id, chosen_fact_id) AS fact, COUNT(*) AS n FROM questions "
        "WHERE COALESCE(fact_id, chosen_fact_id) IS NOT NULL "
        "GROUP BY fact ORDER BY n DESC, fact LIMIT ?",
        [limit],
    )
    return [row["fact"] for row in rows]


def unanswered(db: Database, limit: int = 10, offset: int = 0) -> list[dict[str, Any]]:
    """The most frequent unreviewed questions nobody got a good answer to."""
    return list(
        db.query(
            "SELECT normalized, MIN(text) AS text, COUNT(*) AS times, MIN(id) AS id, "
            "MAX(created_at) AS last_asked FROM questions WHERE reviewed = 0 AND "
            "(outcome IN ('unknown', 'suggest', 'gap') OR useful = 0) "
            "GROUP BY normalized ORDER BY times DESC, last_asked DESC LIMIT ? OFFSET ?",
            [limit, offset],
        )
    )


def mark_reviewed(db: Database, normalized: str) -> int:
    """Hide every question with this normalised text from the review list."""
    cursor = db.execute(
        "UPDATE questions SET reviewed = 1 WHERE normalized = ? AND reviewed = 0", [normalized]
    )
    return cursor.rowcount


def unmark_reviewed(db: Database, normalized: str) -> int:
    """Put the questions with this normalised text back on the review list."""
    cursor = db.execute(
        "UPDATE questions SET reviewed = 0 WHERE normalized = ? AND reviewed = 1", [normalized]
    )
    return cursor.rowcount


def question_key(db: Database, question_id: int) -> str | None:
    """The normalised text an asked question is grouped by in the review list."""
    row = next(db.query("SELECT normalized FROM questions WHERE id = ?", [question_id]), None)
    return None if row is None else str(row["normalized"])
