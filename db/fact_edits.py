"""An admin's edits of the live base, one fact or quiz item at a time, and the snapshots
an undo puts back.

Each function is one step of an admin command; the caller wraps the steps of one command in
db.atomic() together with the audit row, so a command applies whole or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.facts import (
    ORIGIN_ADMIN,
    fact_columns,
    fact_from_row,
    now_iso,
    quiz_columns,
    quiz_from_row,
    write_phrasings,
)
from knowledge.models import Fact, QuizItem, fact_from_dict, quiz_from_dict
from knowledge.normalize import normalize

ADMIN_FACT_ID = re.compile(r"^fact_(\d+)$")
ADMIN_QUIZ_ID = re.compile(r"^quiz_(\d+)$")


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A fact as stored, deleted or not, with its live quiz items and its version."""

    fact: Fact
    version: int
    deleted: bool
    quizzes: tuple[QuizItem, ...]


def _fact_row(db: Database, fact_id: str) -> dict[str, Any] | None:
    return next(db.query("SELECT * FROM facts WHERE id = ?", [fact_id]), None)


def _fact_questions(db: Database, fact_id: str) -> list[str]:
    rows = db.query(
        "SELECT text FROM phrasings WHERE fact_id = ? ORDER BY position, id", [fact_id]
    )
    return [row["text"] for row in rows]


def get_fact(db: Database, fact_id: str) -> StoredFact | None:
    """One fact by id, including a deleted one; None if the id was never used."""
    row = _fact_row(db, fact_id)
    if row is None:
        return None
    quizzes = db.query(
        "SELECT * FROM quizzes WHERE fact_id = ? AND deleted = 0 ORDER BY position, id",
        [fact_id],
    )
    return StoredFact(
        fact=fact_from_dict(fact_from_row(row, _fact_questions(db, fact_id))),
        version=row["version"],
        deleted=bool(row["deleted"]),
        quizzes=tuple(quiz_from_dict(quiz_from_row(quiz)) for quiz in quizzes),
    )


def fact_version(db: Database, fact_id: str) -> int | None:
    row = _fact_row(db, fact_id)
    return None if row is None else int(row["version"])


def fact_snapshot(db: Database, fact_id: str) -> dict[str, Any] | None:
    """Everything an undo needs to put a fact back: record, deleted flag, quiz items."""
    row = _fact_row(db, fact_id)
    if row is None:
        return None
    quizzes = db.query("SELECT * FROM quizzes WHERE fact_id = ? ORDER BY position, id", [fact_id])
    return {
        "fact": fact_from_row(row, _fact_questions(db, fact_id)),
        "deleted": bool(row["deleted"]),
        "quizzes": [{**quiz_from_row(quiz), "deleted": bool(quiz["deleted"])} for quiz in quizzes],
    }


def fact_snapshots(db: Database, fact_ids: list[str]) -> dict[str, dict[str, Any] | None]:
    """fact_snapshot for many facts at once (three queries per 500 ids, not three per id)."""
    found: dict[str, dict[str, Any] | None] = dict.fromkeys(fact_ids)
    for start in range(0, len(fact_ids), 500):
        chunk = fact_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        questions: dict[str, list[str]] = {}
        for row in db.query(
            f"SELECT fact_id, text FROM phrasings WHERE fact_id IN ({marks}) "
            "ORDER BY fact_id, position, id",
            chunk,
        ):
            questions.setdefault(row["fact_id"], []).append(row["text"])
        quizzes: dict[str, list[dict[str, Any]]] = {}
        for quiz in db.query(
            f"SELECT * FROM quizzes WHERE fact_id IN ({marks}) ORDER BY position, id", chunk
        ):
            quizzes.setdefault(quiz["fact_id"], []).append(
                {**quiz_from_row(quiz), "deleted": bool(quiz["deleted"])}
            )
        for row in db.query(f"SELECT * FROM facts WHERE id IN ({marks})", chunk):
            found[row["id"]] = {
                "fact": fact_from_row(row, questions.get(row["id"], [])),
                "deleted": bool(row["deleted"]),
                "quizzes": quizzes.get(row["id"], []),
            }
    return found


def fact_versions(db: Database, fact_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(fact_ids), 500):
        chunk = fact_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(f"SELECT id, version FROM facts WHERE id IN ({marks})", chunk):
            found[row["id"]] = int(row["version"])
    return found


def phrasing_owner(db: Database, text: str) -> str | None:
    """The live fact that already has this phrasing (compared in normalised form), if any."""
    row = next(
        db.query(
            "SELECT p.fact_id FROM phrasings p JOIN facts f ON f.id = p.fact_id "
            "WHERE f.deleted = 0 AND p.normalized = ? ORDER BY p.id LIMIT 1",
            [normalize(text)],
        ),
        None,
    )
    return None if row is None else str(row["fact_id"])


def _next_number(db: Database, table: str, pattern: re.Pattern[str]) -> int:
    # Deleted rows are kept, so a number once given is never given again.
    numbers = [
        int(match.group(1))
        for row in db.query(f"SELECT id FROM {table}")
        if (match := pattern.match(row["id"]))
    ]
    return max(numbers, default=0) + 1


def next_fact_id(db: Database) -> str:
    """A new id for an admin's fact: fact_<n>, outside the shipped base's naming."""
    return f"fact_{_next_number(db, 'facts', ADMIN_FACT_ID)}"


def next_quiz_id(db: Database) -> str:
    return f"quiz_{_next_number(db, 'quizzes', ADMIN_QUIZ_ID)}"


def _append_admins_row(db: Database, table: str, record_id: str, columns: dict[str, Any]) -> None:
    """Add an admin's record at the end of `table` (facts or quizzes), marked as the admins'
    own: positions keep the base's order, and a sync never overwrites an edited row."""
    row = next(db.query(f"SELECT COALESCE(MAX(position), -1) + 1 AS next FROM {table}"))
    db.table(table).insert(
        {
            "id": record_id,
            **columns,
            "position": row["next"],
            "origin": ORIGIN_ADMIN,
            "edited": 1,
            "updated_at": now_iso(),
        }
    )


def insert_fact(db: Database, fact: Fact) -> None:
    """Add a new fact at the end of the base, marked as the admins' own."""
    _append_admins_row(db, "facts", fact.id, fact_columns(fact))
    write_phrasings(db, fact)


def update_fact(db: Database, fact: Fact, *, expected_version: int) -> bool:
    """Replace a live fact's content if nobody changed it since `expected_version`."""
    cursor = db.execute(
        "UPDATE facts SET answer = :answer, answer_type = :answer_type, source = :source, "
        "keywords = :keywords, edited = 1, version = version + 1, updated_at = :at "
        "WHERE id = :id AND version = :version AND deleted = 0",
        {**fact_columns(fact), "at": now_iso(), "id": fact.id, "version": expected_version},
    )
    if cursor.rowcount == 0:
        return False
    write_phrasings(db, fact)
    return True


def set_fact_deleted(db: Database, fact_id: str, *, deleted: bool, expected_version: int) -> bool:
    """Delete (recoverably) or restore a fact if nobody changed it since `expected_version`."""
    cursor = db.execute(
        "UPDATE facts SET deleted = ?, edited = 1, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?",
        [int(deleted), now_iso(), fact_id, expected_version],
    )
    return cursor.rowcount > 0


def touch_fact(db: Database, fact_id: str) -> None:
    """A new version for a fact whose quiz items changed (its content did not)."""
    db.execute(
        "UPDATE facts SET version = version + 1, updated_at = ? WHERE id = ?", [now_iso(), fact_id]
    )


def insert_quiz(db: Database, quiz: QuizItem) -> None:
    """Add a new quiz item at the end of the list, marked as the admins' own."""
    _append_admins_row(db, "quizzes", quiz.id, quiz_columns(quiz))


def update_quiz(db: Database, quiz: QuizItem) -> bool:
    """Replace a live quiz item's question, options and explanation."""
    cursor = db.execute(
        "UPDATE quizzes SET question = :question, options = :options, correct = :correct, "
        "explanation = :explanation, edited = 1, updated_at = :at WHERE id = :id AND deleted = 0",
        {**quiz_columns(quiz), "at": now_iso(), "id": quiz.id},
    )
    return cursor.rowcount > 0


def delete_quiz(db: Database, quiz_id: str) -> bool:
    """Delete one quiz item (recoverably: the row stays, marked deleted)."""
    cursor = db.execute(
        "UPDATE quizzes SET deleted = 1, edited = 1, updated_at = ? WHERE id = ? AND deleted = 0",
        [now_iso(), quiz_id],
    )
    return cursor.rowcount > 0


def restore_snapshot(db: Database, fact_id: str, snapshot: dict[str, Any] | None) -> None:
    """Put a fact back as `fact_snapshot` saw it; None means it did not exist (delete it)."""
    at = now_iso()
    if snapshot is None:
        db.execute(
            "UPDATE facts SET deleted = 1, edited = 1, version = version + 1, updated_at = ? "
            "WHERE id = ?",
            [at, fact_id],
        )
        db.execute(
            "UPDATE quizzes SET deleted = 1, edited = 1, updated_at = ? WHERE fact_id = ?",
            [at, fact_id],
        )
        return
    fact = fact_from_dict(snapshot["fact"])
    db.execute(
        "UPDATE facts SET answer = :answer, answer_type = :answer_type, source = :source, "
        "keywords = :keywords, deleted = :deleted, edited = 1, version = version + 1, "
        "updated_at = :at WHERE id = :id",
        {**fact_columns(fact), "deleted": int(snapshot["deleted"]), "at": at, "id": fact_id},
    )
    write_phrasings(db, fact)
    kept: list[str] = []
    for record in snapshot["quizzes"]:
        quiz = quiz_from_dict({key: value for key, value in record.items() if key != "deleted"})
        columns = {
            **quiz_columns(quiz),
            "deleted": int(record["deleted"]),
            "edited": 1,
            "updated_at": at,
        }
        if next(db.query("SELECT 1 FROM quizzes WHERE id = ?", [quiz.id]), None):
            db.table("quizzes").update(quiz.id, columns)
        else:
            insert_quiz(db, quiz)
        kept.append(quiz.id)
    # Quiz items added to the fact after the snapshot go away with the change they belong to.
    marks = ", ".join("?" for _ in kept) or "''"
    db.execute(
        f"UPDATE quizzes SET deleted = 1, edited = 1, updated_at = ? "
        f"WHERE fact_id = ? AND deleted = 0 AND id NOT IN ({marks})",
        [at, fact_id, *kept],
    )
