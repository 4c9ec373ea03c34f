"""Whole bases brought into the database: the shipped release merged at start-up (never
over an admin's edit) and an import file compared with the live base and applied."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from db.facts import (
    ORIGIN_IMPORT,
    ORIGIN_SHIPPED,
    fact_columns,
    load_base,
    now_iso,
    quiz_columns,
    write_phrasings,
)
from knowledge.base import FactBase
from knowledge.models import Fact, QuizItem
from knowledge.normalize import normalize


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
    # Shipped quiz items the release no longer ships, that no admin touched: marked deleted.
    retired_quizzes: list[str] = field(default_factory=list)


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


def _rows_and_next_position(db: Database, table: str) -> tuple[dict[str, Any], int]:
    """A table's rows by id, and the position after its last one."""
    rows = {row["id"]: row for row in db.query(f"SELECT * FROM {table}")}
    return rows, max((row["position"] for row in rows.values()), default=-1) + 1


def _insert_shipped(
    db: Database, table: str, record_id: str, columns: dict[str, Any], position: int, digest: str
) -> None:
    """A shipped record new to the database, at `position`, with its release's hash."""
    db.table(table).insert(
        {
            "id": record_id,
            **columns,
            "position": position,
            "origin": ORIGIN_SHIPPED,
            "shipped_hash": digest,
            "updated_at": now_iso(),
        }
    )


def sync_shipped(db: Database, shipped: FactBase) -> SyncReport:
    """Bring in the shipped base without ever overwriting an admin's edit or deletion.

    New shipped records are added; shipped records nobody edited follow the new release;
    anything an admin changed, deleted or created stays as the admin left it.
    """
    report = SyncReport()
    with db.atomic():
        existing, next_position = _rows_and_next_position(db, "facts")
        for fact in shipped.facts:
            digest = content_hash(fact)
            row = existing.get(fact.id)
            if row is None:
                _insert_shipped(db, "facts", fact.id, fact_columns(fact), next_position, digest)
                next_position += 1
                write_phrasings(db, fact)
                report.added.append(fact.id)
            elif row["origin"] != ORIGIN_SHIPPED or row["edited"] or row["deleted"]:
                report.kept_edited.append(fact.id)
            elif row["shipped_hash"] != digest:
                db.execute(
                    "UPDATE facts SET answer = :answer, answer_type = :answer_type, "
                    "source = :source, keywords = :keywords, shipped_hash = :hash, "
                    "version = version + 1, updated_at = :at WHERE id = :id",
                    {**fact_columns(fact), "hash": digest, "at": now_iso(), "id": fact.id},
                )
                write_phrasings(db, fact)
                report.updated.append(fact.id)

        quizzes, next_quiz = _rows_and_next_position(db, "quizzes")
        for quiz in shipped.quizzes:
            digest = content_hash(quiz)
            row = quizzes.get(quiz.id)
            if row is None:
                _insert_shipped(db, "quizzes", quiz.id, quiz_columns(quiz), next_quiz, digest)
                next_quiz += 1
            elif (
                row["origin"] == ORIGIN_SHIPPED
                and not row["edited"]
                and (row["deleted"] or row["shipped_hash"] != digest)
            ):
                # A row deleted without an admin edit was retired by an earlier release:
                # shipping it again brings it back.
                db.table("quizzes").update(
                    quiz.id,
                    {
                        **quiz_columns(quiz),
                        "shipped_hash": digest,
                        "deleted": 0,
                        "updated_at": now_iso(),
                    },
                )
        # An item a release withdraws (it asked a detail the text does not state) leaves the
        # live quiz too, unless an admin edited it; the row stays, marked deleted.
        shipped_ids = {quiz.id for quiz in shipped.quizzes}
        for quiz_id, row in quizzes.items():
            if (
                quiz_id not in shipped_ids
                and row["origin"] == ORIGIN_SHIPPED
                and not row["edited"]
                and not row["deleted"]
            ):
                db.execute(
                    "UPDATE quizzes SET deleted = 1, updated_at = ? WHERE id = ?",
                    [now_iso(), quiz_id],
                )
                report.retired_quizzes.append(quiz_id)
    return report


def plan_import(db: Database, base: FactBase, live: FactBase | None = None) -> ImportPlan:
    """Compare a validated base with the live one (`live`: already loaded from `db`)."""
    if live is None:
        live = load_base(db)
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


def apply_import(db: Database, base: FactBase, live: FactBase | None = None) -> ImportPlan:
    """Make the live base equal to `base`, all in one transaction.

    Records missing from the file are marked deleted, not erased, so they can be restored.
    Only what differs is written, in bulk: a 7,000-fact file is applied in about a second.
    """
    with db.atomic():
        plan = plan_import(db, base, live)
        at = now_iso()
        facts = {row["id"]: row for row in db.query("SELECT id, position, deleted FROM facts")}
        touched = set(plan.added_facts) | set(plan.changed_facts)
        new_facts: list[dict[str, Any]] = []
        rewritten: list[dict[str, Any]] = []
        moved: list[tuple[int, str]] = []
        phrased: list[Fact] = []
        for position, fact in enumerate(base.facts):
            row = facts.get(fact.id)
            if row is None:
                new_facts.append(
                    {
                        "id": fact.id,
                        **fact_columns(fact),
                        "position": position,
                        "origin": ORIGIN_IMPORT,
                        "edited": 1,
                        "updated_at": at,
                    }
                )
                phrased.append(fact)
            elif fact.id in touched or row["deleted"]:
                rewritten.append({**fact_columns(fact), "position": position, "id": fact.id})
                phrased.append(fact)
            elif row["position"] != position:
                moved.append((position, fact.id))
        if new_facts:
            db.table("facts").insert_all(new_facts, batch_size=500)
        db.conn.executemany(
            "UPDATE facts SET answer = :answer, answer_type = :answer_type, source = :source, "
            "keywords = :keywords, position = :position, deleted = 0, edited = 1, "
            f"version = version + 1, updated_at = '{at}' WHERE id = :id",
            rewritten,
        )
        db.conn.executemany("UPDATE facts SET position = ? WHERE id = ?", moved)
        _write_phrasings_bulk(db, phrased)
        db.conn.executemany(
            "UPDATE facts SET deleted = 1, edited = 1, version = version + 1, "
            "updated_at = ? WHERE id = ?",
            [(at, fact_id) for fact_id in plan.removed_facts],
        )

        quizzes = {row["id"]: row for row in db.query("SELECT id, position, deleted FROM quizzes")}
        changed = set(plan.added_quizzes) | set(plan.changed_quizzes)
        new_quizzes: list[dict[str, Any]] = []
        for position, quiz in enumerate(base.quizzes):
            columns = {**quiz_columns(quiz), "position": position, "updated_at": at}
            row = quizzes.get(quiz.id)
            if row is None:
                new_quizzes.append(
                    {"id": quiz.id, **columns, "origin": ORIGIN_IMPORT, "edited": 1}
                )
            elif quiz.id in changed or row["deleted"]:
                db.table("quizzes").update(quiz.id, {**columns, "edited": 1, "deleted": 0})
            elif row["position"] != position:
                db.table("quizzes").update(quiz.id, {"position": position, "updated_at": at})
        if new_quizzes:
            db.table("quizzes").insert_all(new_quizzes, batch_size=500)
        db.conn.executemany(
            "UPDATE quizzes SET deleted = 1, edited = 1, updated_at = ? WHERE id = ?",
            [(at, quiz_id) for quiz_id in plan.removed_quizzes],
        )
    return plan


def _write_phrasings_bulk(db: Database, facts: list[Fact]) -> None:
    """Replace the phrasings of many facts with two statements instead of two per fact."""
    db.conn.executemany("DELETE FROM phrasings WHERE fact_id = ?", [(f.id,) for f in facts])
    db.conn.executemany(
        "INSERT INTO phrasings (fact_id, text, normalized, position) VALUES (?, ?, ?, ?)",
        [
            (fact.id, text, normalize(text), index)
            for fact in facts
            for index, text in enumerate(fact.questions)
        ],
    )
