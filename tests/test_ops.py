"""Deploying and operating: Dockerfile, backup, check, health, and bad start-up conditions."""

import asyncio
import os
import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.app import build_application, running
from bot.ops import Heartbeat, heartbeat_path, write_heartbeat
from db.connection import open_database
from db.maintenance import backup, check_database
from tests.bot_process import run_bot
from tests.conftest import USER_ID, RunningBot, send

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def _bot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_bot(*args, env={**os.environ, **(env or {})})


def test_dockerfile_runs_as_non_root_with_data_volume_and_healthcheck() -> None:
    assert re.search(r"^USER 10001", DOCKERFILE, re.MULTILINE)
    assert 'VOLUME ["/data"]' in DOCKERFILE and "DATABASE_PATH=/data/bot.db" in DOCKERFILE
    assert 'CMD ["python", "-m", "bot", "health"]' in DOCKERFILE
    assert 'CMD ["python", "-m", "bot", "run"]' in DOCKERFILE


async def test_backup_while_the_bot_is_answering(bot: RunningBot, config, tmp_path) -> None:
    for index in range(20):
        bot.api.push_update(bot.api.private_message(USER_ID, f"متى كانت غزوة تبوك {index}"))
    target = tmp_path / "backups" / "copy.db"
    size = await asyncio.to_thread(backup, config.database_path, target)
    await send(bot.api, bot.api.private_message(USER_ID, "كم عدد الجيش"))
    assert size > 0 and target.exists()
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM facts WHERE deleted = 0").fetchone()[0] == 36
    copy.close()
    assert check_database(target).ok


@pytest.mark.slow
def test_backup_command_prints_where_and_fails_clearly_without_database(tmp_path) -> None:
    env = {"DATABASE_PATH": str(tmp_path / "no.db")}
    missing = _bot("backup", str(tmp_path / "x.db"), env=env)
    assert missing.returncode == 1 and "backup failed" in missing.stderr
    assert "Traceback" not in missing.stderr


@pytest.mark.slow
def test_check_reports_healthy_database_and_counts(tmp_path) -> None:
    database = tmp_path / "bot.db"
    _bot("ask", "متى كانت غزوة تبوك", env={"DATABASE_PATH": str(database)})
    result = _bot("check", env={"DATABASE_PATH": str(database)})
    assert result.returncode == 0, result.stdout
    assert "integrity: ok" in result.stdout and "facts: 36" in result.stdout


@pytest.mark.slow
def test_check_fails_on_a_damaged_database(tmp_path) -> None:
    database = tmp_path / "bot.db"
    open_database(database).close()
    with database.open("r+b") as handle:  # scribble over the middle of the file
        handle.seek(4096)
        handle.write(b"\x00garbage" * 512)
    result = _bot("check", env={"DATABASE_PATH": str(database)})
    assert result.returncode == 1 and "PROBLEM" in result.stdout


@pytest.mark.slow
def test_check_fails_on_an_old_schema(tmp_path) -> None:
    database = tmp_path / "bot.db"
    sqlite3.connect(database).execute("CREATE TABLE unrelated (x)").connection.close()
    result = _bot("check", env={"DATABASE_PATH": str(database)})
    assert result.returncode == 1 and "schema is None" in result.stdout


@pytest.mark.slow
def test_check_reports_bad_configuration(tmp_path) -> None:
    result = _bot("check", env={"ADMIN_IDS": "12,abc", "DATABASE_PATH": str(tmp_path / "b.db")})
    assert result.returncode == 2 and "ADMIN_IDS" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(
    ("database", "message"),
    [("/dev/full", "database or disk is full"), ("/proc/self/bot.db", "unable to open")],
)
def test_unusable_database_at_start_gives_clear_error_and_nonzero_exit(
    database: str, message: str
) -> None:
    result = _bot("run", env={"TELEGRAM_BOT_TOKEN": "123:abc", "DATABASE_PATH": database})
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_run_without_token_says_how_to_get_one() -> None:
    result = _bot("run", env={"TELEGRAM_BOT_TOKEN": ""})
    assert result.returncode == 2 and "@BotFather" in result.stderr


@pytest.mark.slow
def test_health_follows_the_heartbeat(tmp_path) -> None:
    database = tmp_path / "bot.db"
    env = {"DATABASE_PATH": str(database)}
    assert _bot("health", env=env).returncode == 1
    write_heartbeat(heartbeat_path(database))
    assert _bot("health", env=env).returncode == 0
    old = heartbeat_path(database)
    os.utime(old, (1, 1))
    assert _bot("health", env=env).returncode == 1


@pytest.mark.slow
async def test_live_polling_writes_the_heartbeat_health_reads(api, config) -> None:
    beat = heartbeat_path(config.database_path)
    application = build_application(
        config, base_url=api.base_url, base_file_url=api.base_file_url, heartbeat=Heartbeat(beat)
    )
    async with running(application, poll_timeout=1):
        for _ in range(100):
            if beat.exists():
                break
            await asyncio.sleep(0.05)
        result = await asyncio.to_thread(
            _bot, "health", env={"DATABASE_PATH": str(config.database_path)}
        )
    assert result.returncode == 0 and "healthy" in result.stdout


async def test_the_offline_console_writes_no_heartbeat(bot: RunningBot, config) -> None:
    # The `bot` fixture runs the application as the console does: no heartbeat.
    await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    await asyncio.sleep(1.5)  # several answered polls
    assert not heartbeat_path(config.database_path).exists()


@pytest.mark.slow
async def test_the_heartbeat_stops_while_polling_fails_and_resumes_after(api, config) -> None:
    beat = heartbeat_path(config.database_path)
    application = build_application(
        config,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        heartbeat=Heartbeat(beat, every=0.0),
    )
    async with running(application, poll_timeout=1):
        for _ in range(100):
            if beat.exists():
                break
            await asyncio.sleep(0.05)
        api.set_outage(True, status=502)  # every getUpdates fails now
        await asyncio.sleep(1.5)
        stale = beat.stat().st_mtime_ns
        await asyncio.sleep(2.5)
        assert beat.stat().st_mtime_ns == stale  # no live polling, no heartbeat
        api.set_outage(False)
        for _ in range(100):
            if beat.stat().st_mtime_ns != stale:
                break
            await asyncio.sleep(0.1)
        assert beat.stat().st_mtime_ns != stale  # polling is back, and so is the heartbeat
