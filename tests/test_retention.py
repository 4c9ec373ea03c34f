"""Audit log retention: bounded by age and by size, whole changes only, at start-up and daily."""

from __future__ import annotations

import asyncio
import json
import os
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.app import build_application, running
from bot.config import (
    DEFAULT_AUDIT_KEEP_DAYS,
    DEFAULT_AUDIT_KEEP_ROWS,
    Config,
    ConfigError,
    load_config,
)
from bot.retention import RETENTION_INTERVAL_SECONDS, RETENTION_JOB
from db import audit
from db.connection import open_database
from fake_bot_api.server import LocalBotApi
from tests.bot_process import run_bot
from tests.conftest import fire_jobs_now

ROOT = Path(__file__).resolve().parents[1]
IMPORT_ROWS = 7000
SNAPSHOT = json.dumps({"fact": {"id": "x", "answer": "ج" * 200}, "deleted": False})


def _add_batches(db: Database, batches: int, rows: int, *, days_ago: float = 0) -> None:
    """`batches` imports of `rows` rows each, as big imports write them."""
    at = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="seconds")
    for _ in range(batches):
        batch = audit.new_batch()
        db.conn.executemany(
            "INSERT INTO audit_log (batch, user_id, action, fact_id, before, after, created_at) "
            "VALUES (?, 0, 'import', ?, ?, ?, ?)",
            [(batch, f"f{i}", SNAPSHOT, SNAPSHOT, at) for i in range(rows)],
        )
    db.conn.commit()


def _batches(db: Database) -> list[str]:
    return [row["batch"] for row in db.query("SELECT DISTINCT batch FROM audit_log ORDER BY id")]


@pytest.mark.slow
def test_six_large_imports_are_cut_to_whole_recent_changes(tmp_path: Path) -> None:
    db = open_database(tmp_path / "b.db")
    _add_batches(db, 6, IMPORT_ROWS)
    assert audit.count(db) == 42_000
    newest = _batches(db)[-3:]
    deleted = audit.prune(db, keep_days=180, keep_rows=20_000)
    left = audit.count(db)
    print(f"\naudit rows after 6 imports of 7,000: 42,000 -> {left:,} ({deleted:,} deleted)")
    # 20,000 rows reach into the third newest import, which is kept whole.
    assert left == 21_000 and deleted == 21_000
    assert _batches(db) == newest
    # Pruning again changes nothing: the bound holds.
    assert audit.prune(db, keep_days=180, keep_rows=20_000) == 0


def test_old_rows_go_after_the_configured_days(tmp_path: Path) -> None:
    db = open_database(tmp_path / "b.db")
    _add_batches(db, 1, 10, days_ago=40)
    _add_batches(db, 1, 10, days_ago=5)
    assert audit.prune(db, keep_days=30, keep_rows=1000) == 10
    assert audit.count(db) == 10


def test_settings_come_from_the_environment() -> None:
    config = load_config({"AUDIT_KEEP_DAYS": "30", "AUDIT_KEEP_ROWS": "5000"})
    assert (config.audit_keep_days, config.audit_keep_rows) == (30, 5000)
    default = load_config({})
    assert default.audit_keep_days == DEFAULT_AUDIT_KEEP_DAYS
    assert default.audit_keep_rows == DEFAULT_AUDIT_KEEP_ROWS
    for bad in ("0", "-3", "²", "ten", "9" * 30):
        with pytest.raises(ConfigError, match="AUDIT_KEEP_ROWS"):
            load_config({"AUDIT_KEEP_ROWS": bad})


def test_env_example_documents_the_settings() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert f"AUDIT_KEEP_DAYS={DEFAULT_AUDIT_KEEP_DAYS}" in example
    assert f"AUDIT_KEEP_ROWS={DEFAULT_AUDIT_KEEP_ROWS}" in example
    # Every setting the bot reads from its environment is in the example, with its value.
    read: set[str] = set()
    for path in (ROOT / "bot").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        read |= set(re.findall(r'(?:env|environ)\.get\(\s*"([A-Z][A-Z0-9_]+)"', source))
        read |= set(re.findall(r'_positive_int\(\s*env,\s*"([A-Z][A-Z0-9_]+)"', source))
    documented = set(re.findall(r"^([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
    assert {"WEBHOOK_SECRET_TOKEN", "TELEGRAM_BOT_TOKEN"} <= read
    assert read - {"USER", "USERNAME"} <= documented


@pytest.mark.slow
def test_a_bad_setting_is_one_clear_line(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_PATH": str(tmp_path / "b.db"), "AUDIT_KEEP_DAYS": "x"}
    result = run_bot("check", env=env)
    assert result.returncode == 2
    assert "AUDIT_KEEP_DAYS" in result.stderr and "Traceback" not in result.stderr


async def test_applied_at_start_up_and_daily(api: LocalBotApi, config: Config) -> None:
    small = replace(config, audit_keep_rows=500, audit_keep_days=30)
    db = open_database(small.database_path)
    _add_batches(db, 3, 400)
    _add_batches(db, 1, 50, days_ago=60)
    db.close()
    application = build_application(small, base_url=api.base_url, base_file_url=api.base_file_url)
    services_db = application.bot_data["services"].db
    # At start-up: the old rows and the oldest whole import are gone (800 rows left).
    assert audit.count(services_db) == 800
    async with running(application, poll_timeout=1):
        assert application.job_queue is not None
        job = next(j for j in application.job_queue.jobs() if j.name == RETENTION_JOB)
        assert job.trigger.interval.total_seconds() == RETENTION_INTERVAL_SECONDS
        _add_batches(services_db, 2, 400)
        assert audit.count(services_db) == 1600
        await fire_jobs_now(application, RETENTION_JOB)
        for _ in range(100):
            if audit.count(services_db) == 800:
                break
            await asyncio.sleep(0.05)
        assert audit.count(services_db) == 800
