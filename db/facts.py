"""The live fact base in SQLite: rows read as facts and quiz items, written back, exported.

Whole bases brought in (the shipped release, an import file) are `db/fact_sync.py`; an
admin's edits of one fact are `db/fact_edits.py`. Both build on the row conversions here.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from knowledge.base import FactBase, FactBaseError, parse_base, shipped_part_of
from knowledge.models import Fact, QuizItem
from knowledge.normalize import normalize

ORIGIN_SHIPPED = "shipped"
ORIGIN_IMPORT = "import"
ORIGIN_ADMIN = "admin"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def fact_from_row(row: dict[str, Any], questions: list[str]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "answer": row["answer"],
        "questions": questions,
        "keywords": json.loads(row["keywords"]),
        "answer_type": row["answer_type"],
        "source": row["source"],
    }


def quiz_from_row(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "fact_id": row["fact_id"],
        "question": row["question"],
        "options": json.loads(row["options"]),
        "correct": row["correct"],
        "explanation": row["explanation"],
    }


def _active_fact_rows(db: Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM facts WHERE deleted = 0 ORDER BY position, id"))


def _questions_by_fact(db: Database) -> dict[str, list[str]]:
    questions: dict[str, list[str]] = {}
    for row in db.query("SELECT fact_id, text FROM phrasings ORDER BY fact_id, position, id"):
        questions.setdefault(row["fact_id"], []).append(row["text"])
    return questions


def export_dict(db: Database) -> dict[str, list[dict[str, Any]]]:
    """The live base in the export format: {"facts": [...], "quizzes": [...]}."""
    questions = _questions_by_fact(db)
    facts = [fact_from_row(row, questions.get(row["id"], [])) for row in _active_fact_rows(db)]
    quizzes = [
        quiz_from_row(row)
        for row in db.query(
            "SELECT q.* FROM quizzes q JOIN facts f ON f.id = q.fact_id "
            "WHERE q.deleted = 0 AND f.deleted = 0 ORDER BY q.position, q.id"
        )
    ]
    return {"facts": facts, "quizzes": quizzes}


def load_base(db: Database) -> FactBase:
    """The live base, validated; a broken row fails here, naming the record. The shipped
    part_of map comes along for the facts that are still live."""
    data: dict[str, Any] = dict(export_dict(db))
    live = {fact["id"] for fact in data["facts"]}
    data["part_of"] = {
        part: [whole for whole in wholes if whole in live]
        for part, wholes in shipped_part_of().items()
        if part in live
    }
    return parse_base(data, origin="database")


def write_phrasings(db: Database, fact: Fact) -> None:
    db.execute("DELETE FROM phrasings WHERE fact_id = ?", [fact.id])
    db.table("phrasings").insert_all(
        {"fact_id": fact.id, "text": text, "normalized": normalize(text), "position": index}
        for index, text in enumerate(fact.questions)
    )


def fact_columns(fact: Fact) -> dict[str, Any]:
    return {
        "answer": fact.answer,
        "answer_type": fact.answer_type.value,
        "source": fact.source,
        "keywords": json.dumps(list(fact.keywords), ensure_ascii=False),
    }


def quiz_columns(quiz: QuizItem) -> dict[str, Any]:
    return {
        "fact_id": quiz.fact_id,
        "question": quiz.question,
        "options": json.dumps(list(quiz.options), ensure_ascii=False),
        "correct": quiz.correct,
        "explanation": quiz.explanation,
    }


def counts(db: Database) -> dict[str, int]:
    """How many live facts, phrasings and quiz items there are."""
    query = (
        "SELECT (SELECT COUNT(*) FROM facts WHERE deleted = 0) AS facts, "
        "(SELECT COUNT(*) FROM phrasings p JOIN facts f ON f.id = p.fact_id "
        "WHERE f.deleted = 0) AS phrasings, "
        "(SELECT COUNT(*) FROM quizzes q JOIN facts f ON f.id = q.fact_id "
        "WHERE q.deleted = 0 AND f.deleted = 0) AS quizzes"
    )
    return dict(next(db.query(query)))


def export_json(db: Database) -> str:
    """The export document as text, exactly as `python -m bot facts export` writes it."""
    return json.dumps(export_dict(db), ensure_ascii=False, indent=2) + "\n"


def base_stamp(db: Database) -> str:
    """A cheap summary that changes whenever the live base changes (unlike a fingerprint,
    it reads no content): counts, fact versions, last update times, newest phrasing row."""
    row = db.execute(
        "SELECT (SELECT COUNT(*) || ':' || COALESCE(SUM(version), 0) || ':' || "
        "COALESCE(SUM(deleted), 0) || ':' || COALESCE(MAX(updated_at), '') FROM facts), "
        "(SELECT COUNT(*) || ':' || COALESCE(SUM(deleted), 0) || ':' || "
        "COALESCE(MAX(updated_at), '') FROM quizzes), "
        "(SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM phrasings)"
    ).fetchone()
    return "/".join(str(part) for part in row)


def base_fingerprint(db: Database) -> str:
    """A hash of the whole live base: equal fingerprints mean nothing changed in between."""
    encoded = json.dumps(export_dict(db), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


__all__ = [
    "ORIGIN_ADMIN",
    "ORIGIN_IMPORT",
    "ORIGIN_SHIPPED",
    "FactBaseError",
    "base_fingerprint",
    "base_stamp",
    "counts",
    "export_dict",
    "export_json",
    "fact_columns",
    "fact_from_row",
    "load_base",
    "now_iso",
    "quiz_columns",
    "quiz_from_row",
    "write_phrasings",
]
