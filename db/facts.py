"""Facts, phrasings and quiz items in SQLite: loading, seeding, export and import."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from knowledge.base import FactBase, FactBaseError, parse_base
from knowledge.models import Fact, QuizItem
from knowledge.normalize import normalize

ORIGIN_SHIPPED = "shipped"
ORIGIN_IMPORT = "import"
ORIGIN_ADMIN = "admin"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(record: Fact | QuizItem) -> str:
    """A stable fingerprint of a record's content, to see whether it changed."""
    encoded = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class SyncReport:
    """What seeding the shipped base did to the database."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What an import would change, by record id."""

    added_facts: tuple[str, ...]
    changed_facts: tuple[str, ...]
    removed_facts: tuple[str, ...]
    added_quizzes: tuple[str, ...]
    changed_quizzes: tuple[str, ...]
    removed_quizzes: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.added_facts,
                self.changed_facts,
                self.removed_facts,
                self.added_quizzes,
                self.changed_quizzes,
                self.removed_quizzes,
            )
        )


def _fact_from_row(row: dict[str, Any], questions: list[str]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "answer": row["answer"],
        "questions": questions,
        "keywords": json.loads(row["keywords"]),
        "answer_type": row["answer_type"],
        "source": row["source"],
    }


def _quiz_from_row(row: dict[str, Any]) -> dict[str, Any]:
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
    facts = [_fact_from_row(row, questions.get(row["id"], [])) for row in _active_fact_rows(db)]
    quizzes = [
        _quiz_from_row(row)
        for row in db.query(
            "SELECT q.* FROM quizzes q JOIN facts f ON f.id = q.fact_id "
            "WHERE q.deleted = 0 AND f.deleted = 0 ORDER BY q.position, q.id"
        )
    ]
    return {"facts": facts, "quizzes": quizzes}


def load_base(db: Database) -> FactBase:
    """The live base, validated; a broken row fails here, naming the record."""
    return parse_base(export_dict(db), origin="database")


def _write_phrasings(db: Database, fact: Fact) -> None:
    db.execute("DELETE FROM phrasings WHERE fact_id = ?", [fact.id])
    db["phrasings"].insert_all(
        {"fact_id": fact.id, "text": text, "normalized": normalize(text), "position": index}
        for index, text in enumerate(fact.questions)
    )


def _fact_columns(fact: Fact) -> dict[str, Any]:
    return {
        "answer": fact.answer,
        "answer_type": fact.answer_type.value,
        "source": fact.source,
        "keywords": json.dumps(list(fact.keywords), ensure_ascii=False),
    }


def _quiz_columns(quiz: QuizItem) -> dict[str, Any]:
    return {
        "fact_id": quiz.fact_id,
        "question": quiz.question,
        "options": json.dumps(list(quiz.options), ensure_ascii=False),
        "correct": quiz.correct,
        "explanation": quiz.explanation,
    }


def sync_shipped(db: Database, shipped: FactBase) -> SyncReport:
    """Bring in the shipped base without ever overwriting an admin's edit or deletion.

    New shipped records are added; shipped records nobody edited follow the new release;
    anything an admin changed, deleted or created stays as the admin left it.
    """
    report = SyncReport()
    with db.atomic():
        existing = {row["id"]: row for row in db.query("SELECT * FROM facts")}
        next_position = max((row["position"] for row in existing.values()), default=-1) + 1
        for fact in shipped.facts:
            digest = content_hash(fact)
            row = existing.get(fact.id)
            if row is None:
                db["facts"].insert(
                    {
                        "id": fact.id,
                        **_fact_columns(fact),
                        "position": next_position,
                        "origin": ORIGIN_SHIPPED,
                        "shipped_hash": digest,
                        "updated_at": now_iso(),
                    }
                )
                next_position += 1
                _write_phrasings(db, fact)
                report.added.append(fact.id)
            elif row["origin"] != ORIGIN_SHIPPED or row["edited"] or row["deleted"]:
                report.kept_edited.append(fact.id)
            elif row["shipped_hash"] != digest:
                db.execute(
                    "UPDATE facts SET answer = :answer, answer_type = :answer_type, "
                    "source = :source, keywords = :keywords, shipped_hash = :hash, "
                    "version = version + 1, updated_at = :at WHERE id = :id",
                    {**_fact_columns(fact), "hash": digest, "at": now_iso(), "id": fact.id},
                )
                _write_phrasings(db, fact)
                report.updated.append(fact.id)

        quizzes = {row["id"]: row for row in db.query("SELECT * FROM quizzes")}
        next_quiz = max((row["position"] for row in quizzes.values()), default=-1) + 1
        for quiz in shipped.quizzes:
            digest = content_hash(quiz)
            row = quizzes.get(quiz.id)
            if row is None:
                db["quizzes"].insert(
                    {
                        "id": quiz.id,
                        **_quiz_columns(quiz),
                        "position": next_quiz,
                        "origin": ORIGIN_SHIPPED,
                        "shipped_hash": digest,
                        "updated_at": now_iso(),
                    }
                )
                next_quiz += 1
            elif (
                row["origin"] == ORIGIN_SHIPPED
                and not row["edited"]
                and not row["deleted"]
                and row["shipped_hash"] != digest
            ):
                db["quizzes"].update(
                    quiz.id,
                    {**_quiz_columns(quiz), "shipped_hash": digest, "updated_at": now_iso()},
                )
    return report


def plan_import(db: Database, base: FactBase) -> ImportPlan:
    """Compare a validated base with the live one."""
    live = parse_base(export_dict(db), origin="database")
    live_facts = {fact.id: fact for fact in live.facts}
    live_quizzes = {quiz.id: quiz for quiz in live.quizzes}
    new_facts = {fact.id: fact for fact in base.facts}
    new_quizzes = {quiz.id: quiz for quiz in base.quizzes}
    return ImportPlan(
        added_facts=tuple(i for i in new_facts if i not in live_facts),
        changed_facts=tuple(
            i for i, f in new_facts.items() if i in live_facts and live_facts[i] != f
        ),
        removed_facts=tuple(i for i in live_facts if i not in new_facts),
        added_quizzes=tuple(i for i in new_quizzes if i not in live_quizzes),
        changed_quizzes=tuple(
            i for i, q in new_quizzes.items() if i in live_quizzes and live_quizzes[i] != q
        ),
        removed_quizzes=tuple(i for i in live_quizzes if i not in new_quizzes),
    )


def apply_import(db: Database, base: FactBase) -> ImportPlan:
    """Make the live base equal to `base`, all in one transaction.

    Records missing from the file are marked deleted, not erased, so they can be restored.
    """
    with db.atomic():
        plan = plan_import(db, base)
        known_facts = {row["id"] for row in db.query("SELECT id FROM facts")}
        touched = set(plan.added_facts) | set(plan.changed_facts)
        for position, fact in enumerate(base.facts):
            if fact.id in known_facts:
                changed = fact.id in touched or _is_deleted(db, "facts", fact.id)
                db.execute(
                    "UPDATE facts SET answer = :answer, answer_type = :answer_type, "
                    "source = :source, keywords = :keywords, position = :position, "
                    "deleted = 0, edited = CASE WHEN :changed THEN 1 ELSE edited END, "
                    "version = version + CASE WHEN :changed THEN 1 ELSE 0 END, "
                    "updated_at = :at WHERE id = :id",
                    {
                        **_fact_columns(fact),
                        "position": position,
                        "changed": int(changed),
                        "at": now_iso(),
                        "id": fact.id,
                    },
                )
            else:
                db["facts"].insert(
                    {
                        "id": fact.id,
                        **_fact_columns(fact),
                        "position": position,
                        "origin": ORIGIN_IMPORT,
                        "edited": 1,
                        "updated_at": now_iso(),
                    }
                )
            _write_phrasings(db, fact)
        for fact_id in plan.removed_facts:
            db.execute(
                "UPDATE facts SET deleted = 1, edited = 1, version = version + 1, "
                "updated_at = ? WHERE id = ?",
                [now_iso(), fact_id],
            )
        known_quizzes = {row["id"] for row in db.query("SELECT id FROM quizzes")}
        changed_quizzes = set(plan.added_quizzes) | set(plan.changed_quizzes)
        for position, quiz in enumerate(base.quizzes):
            columns = {**_quiz_columns(quiz), "position": position, "updated_at": now_iso()}
            if quiz.id in known_quizzes:
                if quiz.id in changed_quizzes or _is_deleted(db, "quizzes", quiz.id):
                    columns |= {"edited": 1, "deleted": 0}
                db["quizzes"].update(quiz.id, columns)
            else:
                db["quizzes"].insert(
                    {"id": quiz.id, **columns, "origin": ORIGIN_IMPORT, "edited": 1}
                )
        for quiz_id in plan.removed_quizzes:
            db["quizzes"].update(quiz_id, {"deleted": 1, "edited": 1, "updated_at": now_iso()})
    return plan


def _is_deleted(db: Database, table: str, record_id: str) -> bool:
    row = next(db.query(f"SELECT deleted FROM {table} WHERE id = ?", [record_id]), None)
    return bool(row and row["deleted"])


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


__all__ = [
    "FactBaseError",
    "ImportPlan",
    "SyncReport",
    "apply_import",
    "counts",
    "export_dict",
    "load_base",
    "plan_import",
    "sync_shipped",
]
