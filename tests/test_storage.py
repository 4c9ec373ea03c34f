"""The database as the live fact base: seeding, admin edits kept, export and import."""

import dataclasses
import json
import sqlite3

import pytest
from sqlite_utils import Database

from db import fact_sync, usage
from db import facts as store
from db import quiz as quiz_store
from db.connection import open_database
from db.migrations import MIGRATIONS, applied_migrations, schema_version
from knowledge.base import FactBase, load_shipped, parse_base


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "bot.db")
    yield database
    database.close()


@pytest.fixture(scope="module")
def shipped() -> FactBase:
    return load_shipped()


def test_migrations_are_applied_once_in_order(tmp_path) -> None:
    path = tmp_path / "bot.db"
    open_database(path).close()
    again = open_database(path)
    assert applied_migrations(again) == [name for name, _ in MIGRATIONS]
    assert schema_version(again) == MIGRATIONS[-1][0]
    assert again.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_database_of_the_old_runner_keeps_its_migrations_and_data(tmp_path) -> None:
    """A database of the old runner: same names and dates, data kept, the rest applied."""
    path = tmp_path / "old.db"
    old = Database(path)
    old.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, migrate in MIGRATIONS[:3]:
        migrate(old)
        old.execute("INSERT INTO _migrations VALUES (?, ?)", [name, "2026-01-02T03:04:05+00:00"])
    asked = usage.record_question(
        old, text="متى كانت غزوة تبوك", normalized="متي كانت غزوه تبوك", chat_type="private",
        outcome="answer", fact_id="date",
    )  # fmt: skip
    old.conn.commit()
    # `check` reads the version without migrating: the old records count.
    assert schema_version(old) == MIGRATIONS[2][0]
    old.close()

    db = open_database(path)
    assert applied_migrations(db) == [name for name, _ in MIGRATIONS]
    dates = [row["applied_at"] for row in db.query("SELECT applied_at FROM _sqlite_migrations")]
    assert dates[:3] == ["2026-01-02T03:04:05+00:00"] * 3
    assert "_migrations" not in db.table_names()
    question = usage.get_question(db, asked)
    assert question is not None and question.fact_id == "date"
    db.close()
    assert applied_migrations(open_database(path)) == [name for name, _ in MIGRATIONS]


def test_a_run_started_before_the_plan_notes_nothing_when_its_polls_are_sent(tmp_path) -> None:
    """A quiz running across the upgrade to 0010_run_plan: its items were noted as asked
    when it started (the old way), so sending its polls now notes nothing again."""
    path = tmp_path / "old.db"
    old = Database(path)
    old.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    before_plan = [name for name, _ in MIGRATIONS].index("0010_run_plan")
    for name, migrate in MIGRATIONS[:before_plan]:
        migrate(old)
        old.execute("INSERT INTO _migrations VALUES (?, ?)", [name, "2026-01-02T03:04:05+00:00"])
    started = "2026-01-02T03:00:00+00:00"
    old.execute(
        "INSERT INTO quiz_runs (chat_id, kind, status, items, seconds, next_at, started_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [-100, quiz_store.KIND_MANUAL, quiz_store.STATUS_RUNNING, '["x", "y"]', 30, started,
         started],
    )  # fmt: skip
    for item in ("x", "y"):  # noted at the start, cycle 3, as the old code did
        old.execute(
            "INSERT INTO chat_items (chat_id, quiz_id, cycle, asked_at) VALUES (?, ?, ?, ?)",
            [-100, item, 3, started],
        )
    old.conn.commit()
    old.close()

    db = open_database(path)
    run = quiz_store.running_run(db, -100)
    assert run is not None and run.plan is None
    history = quiz_store.item_history(db, -100)
    for position, item in enumerate(run.items):
        sent = f"2026-01-02T03:0{position + 1}:00+00:00"
        recorded = quiz_store.record_poll_sent(
            db, poll_id=f"p{position}", run=run, quiz_id=item, message_id=position + 1,
            options=["a", "b"], correct_option=0, sent_at=sent, closes_at=sent, next_at=sent,
        )  # fmt: skip
        assert recorded
        run = quiz_store.get_run(db, run.id)
    assert run.next_index == 2  # both sent
    assert quiz_store.item_history(db, -100) == history
    assert [row["asked_at"] for row in db.query("SELECT asked_at FROM chat_items")] == [
        started, started,
    ]  # fmt: skip
    db.close()


def test_first_start_loads_the_shipped_base(db, shipped) -> None:
    report = fact_sync.sync_shipped(db, shipped)
    assert len(report.added) == len(shipped.facts)
    assert store.load_base(db) == shipped


def test_the_live_base_keeps_part_of_only_between_live_facts(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    assert store.load_base(db).part_of["uthman_donation"] == ("donations", "overview")
    db.execute("UPDATE facts SET deleted = 1, edited = 1 WHERE id = 'donations'")
    part_of = store.load_base(db).part_of
    assert part_of["uthman_donation"] == ("overview",)
    assert "donations" not in part_of


def test_second_start_changes_nothing(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    report = fact_sync.sync_shipped(db, shipped)
    assert report.added == [] and report.updated == []


def _edit_answer(db, fact_id: str, answer: str) -> None:
    """What an admin edit does to a row (the admin commands go through the same columns)."""
    db.execute("UPDATE facts SET answer = ?, edited = 1 WHERE id = ?", [answer, fact_id])


def test_new_release_does_not_overwrite_admin_edits(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    _edit_answer(db, "date", "جواب عدّله المشرف في رجب")
    newer_date = dataclasses.replace(shipped.fact("date"), answer="جواب جديد في الإصدار")
    newer_overview = dataclasses.replace(shipped.fact("overview"), answer="ملخص جديد للغزوة")
    extra = dataclasses.replace(shipped.fact("jizya"), id="new_fact", questions=("سؤال جديد",))
    replaced = {"date": newer_date, "overview": newer_overview}
    release = FactBase(
        facts=(*(replaced.get(f.id, f) for f in shipped.facts), extra),
        quizzes=shipped.quizzes,
    )
    report = fact_sync.sync_shipped(db, release)
    live = store.load_base(db)
    assert live.fact("date").answer == "جواب عدّله المشرف في رجب"
    assert live.fact("overview").answer == "ملخص جديد للغزوة"
    assert live.fact("new_fact") is not None
    assert "date" in report.kept_edited and "overview" in report.updated


def test_new_release_does_not_bring_back_a_deleted_fact(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    db.execute("UPDATE facts SET deleted = 1, edited = 1 WHERE id = 'jizya'")
    fact_sync.sync_shipped(db, shipped)
    assert store.load_base(db).fact("jizya") is None


def _older_release(shipped: FactBase) -> FactBase:
    """A release before details the text does not state were taken out of the base."""
    stationing = shipped.fact("stationing")
    longer = dataclasses.replace(
        stationing,
        answer=f"{stationing.answer} وفي روايات أخرى أنه أقام بتبوك عشرين ليلة.",
        questions=(*stationing.questions, "كم ليلة أقام الرسول بتبوك؟"),
    )
    nights = dataclasses.replace(
        shipped.quizzes[0], id="q_nights", fact_id="stationing", question="كم ليلة أقام؟"
    )
    kept = dataclasses.replace(nights, id="q_kept", question="كم ليلة بقي الجيش؟")
    return FactBase(
        facts=tuple(longer if f.id == "stationing" else f for f in shipped.facts),
        quizzes=(*shipped.quizzes, nights, kept),
    )


def test_a_release_that_takes_details_out_reaches_an_existing_database(db, shipped) -> None:
    fact_sync.sync_shipped(db, _older_release(shipped))
    db.execute("UPDATE quizzes SET question = 'سؤال عدّله المشرف', edited = 1 WHERE id = 'q_kept'")
    report = fact_sync.sync_shipped(db, shipped)
    live = store.load_base(db)
    assert live.fact("stationing") == shipped.fact("stationing")  # shorter answer, phrasings
    assert "stationing" in report.updated and report.retired_quizzes == ["q_nights"]
    ids = {quiz.id for quiz in live.quizzes}
    assert "q_nights" not in ids and "q_kept" in ids  # an admin's edit is never undone
    assert fact_sync.sync_shipped(db, shipped).retired_quizzes == []
    # shipped again by a later release, a retired item comes back
    fact_sync.sync_shipped(db, _older_release(shipped))
    assert "q_nights" in {quiz.id for quiz in store.load_base(db).quizzes}


def test_export_then_import_is_lossless(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    exported = store.export_dict(db)
    text = json.dumps(exported, ensure_ascii=False)
    plan = fact_sync.apply_import(db, parse_base(json.loads(text), origin="export.json"))
    assert plan.is_empty
    assert store.export_dict(db) == exported


def test_import_replaces_the_base_and_reports_changes(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    data = store.export_dict(db)
    removed = data["facts"].pop()  # last fact goes, with its quiz items
    data["quizzes"] = [q for q in data["quizzes"] if q["fact_id"] != removed["id"]]
    data["facts"][0]["answer"] = "ملخص معدل للغزوة"
    data["facts"].append({**data["facts"][1], "id": "added_one", "questions": ["سؤال مضاف"]})
    plan = fact_sync.apply_import(db, parse_base(data, origin="file.json"))
    assert plan.removed_facts == (removed["id"],)
    assert plan.changed_facts == (data["facts"][0]["id"],)
    assert plan.added_facts == ("added_one",)
    live = store.load_base(db)
    assert live.fact(removed["id"]) is None
    assert live.fact("added_one").questions == ("سؤال مضاف",)


def test_import_failing_midway_changes_nothing(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    before = store.export_dict(db)
    data = store.export_dict(db)
    data["facts"][0]["answer"] = "تغيير يجب ألا يبقى"
    data["facts"].append({**data["facts"][1], "id": "explodes", "questions": ["سؤال ينفجر"]})
    # A real SQLite failure in the middle of the import, after earlier rows were written.
    db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON facts WHEN NEW.id = 'explodes' "
        "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        fact_sync.apply_import(db, parse_base(data, origin="file.json"))
    assert store.export_dict(db) == before


def test_counts(db, shipped) -> None:
    fact_sync.sync_shipped(db, shipped)
    counts = store.counts(db)
    assert counts["facts"] == len(shipped.facts)
    assert counts["quizzes"] == len(shipped.quizzes)
    assert counts["phrasings"] == sum(len(f.questions) for f in shipped.facts)
