"""`python -m bot facts import`: refusals without tracebacks, and beside a running bot."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge_service import prepare_database
from db import audit
from db import facts as fact_store
from db.connection import open_database
from knowledge.base import load_shipped
from tests.bot_process import run_bot
from tests.conftest import USER_ID, RunningBot, send

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def _env(database: Path) -> dict[str, str]:
    env = {**os.environ, "DATABASE_PATH": str(database), "PYTHONIOENCODING": "utf-8"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    return env


def _bot(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    return run_bot(*args, env=_env(database))


def _export(database: Path) -> dict[str, Any]:
    db = open_database(database)
    try:
        return fact_store.export_dict(db)
    finally:
        db.close()


def _write(path: Path, content: bytes | dict[str, Any]) -> Path:
    if isinstance(content, dict):
        content = json.dumps(content, ensure_ascii=False).encode("utf-8")
    path.write_bytes(content)
    return path


def _base_without(count: int) -> dict[str, Any]:
    """The shipped base with only its first `count` facts (and their quiz items)."""
    base = load_shipped().to_dict()
    base["facts"] = base["facts"][:count]
    kept = {fact["id"] for fact in base["facts"]}
    base["quizzes"] = [quiz for quiz in base["quizzes"] if quiz["fact_id"] in kept]
    return base


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A database as the command line's first use leaves it: migrated, with the shipped base."""
    path = tmp_path / "b.db"
    db = open_database(path)
    try:
        prepare_database(db)
    finally:
        db.close()
    return path


def _surrogate_file() -> bytes:
    base = load_shipped().to_dict()
    base["facts"][0]["answer"] = "PLACEHOLDER"
    return json.dumps(base, ensure_ascii=False).encode().replace(b"PLACEHOLDER", b"\\udc80 x")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ({"facts": []}, "has no facts"),
        (b'{"facts": ' + b"[" * 200 + b"]" * 200 + b"}", "nested deeper than"),
        (b'{"facts": [], "n": ' + b"9" * 5000 + b"}", "longer than 20 digits"),
        (_surrogate_file(), "lone surrogate"),
        (b'{"facts": [} ', "not valid JSON"),
    ],
    ids=["empty", "nested-200", "5000-digits", "lone-surrogate", "broken"],
)
def test_unusable_file_exits_nonzero_with_one_line_and_changes_nothing(
    tmp_path: Path, database: Path, content: bytes | dict[str, Any], message: str
) -> None:
    before = _export(database)
    result = _bot("facts", "import", str(_write(tmp_path / "in.json", content)), database=database)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("error: nothing imported") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _export(database) == before


def test_removing_more_than_half_needs_force(tmp_path: Path, database: Path) -> None:
    before = _export(database)
    small = _write(tmp_path / "small.json", _base_without(4))
    refused = _bot("facts", "import", str(small), database=database)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"would remove {len(before['facts']) - 4} of {len(before['facts'])} facts" in (
        refused.stderr
    )
    assert "--force" in refused.stderr
    assert _export(database) == before

    forced = _bot("facts", "import", str(small), "--force", database=database)
    assert forced.returncode == 0, forced.stderr
    assert len(_export(database)["facts"]) == 4
    db = open_database(database)
    try:
        rows = audit.entries(db, audit.IMPORT)
    finally:
        db.close()
    # One audit row per touched fact, all in one batch, by the command line.
    assert len(rows) >= len(before["facts"]) - 4
    assert {row.user_id for row in rows} == {0}
    assert all(row.user_name and row.user_name.startswith("command line") for row in rows)


def test_check_fails_on_an_empty_base(database: Path) -> None:
    db = open_database(database)
    db.execute("UPDATE facts SET deleted = 1")
    db.close()
    result = _bot("check", database=database)
    assert result.returncode == 1
    assert "fact base is empty" in result.stdout and "unhealthy" in result.stdout


async def test_import_beside_a_running_bot_waits_logs_and_reaches_the_bot(
    bot: RunningBot, config, tmp_path: Path
) -> None:
    """The bot keeps writing (questions) while the CLI imports; the CLI waits for the lock,
    writes audit rows, and the bot answers from the new base within seconds."""
    base = load_shipped().to_dict()
    base["facts"].append(
        {
            "id": "camel_name",
            "answer": "اسمها القصواء (جواب من الاستيراد).",
            "questions": ["ما اسم ناقة النبي في الطريق"],
            "keywords": [],
            "answer_type": "thing",
            "source": "أضافه المشرفون",
        }
    )
    path = _write(tmp_path / "new.json", base)
    stop = asyncio.Event()

    async def keep_asking() -> int:
        asked = 0
        while not stop.is_set():
            await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك؟"))
            asked += 1
        return asked

    flood = asyncio.create_task(keep_asking())
    results = []
    for _ in range(3):
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "facts",
            "import",
            str(path),
            cwd=ROOT,
            env=_env(config.database_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), 120)
        results.append((process.returncode, out.decode(), err.decode()))
    stop.set()
    asked = await flood
    assert asked > 0
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    assert "+1" in results[0][1] and "+0 ~0 -0" in results[2][1]
    rows = audit.entries(bot.services.db, audit.IMPORT)
    assert [row.fact_id for row in rows] == ["camel_name"]

    # A deadline, not a speed target: rebuilding the engine off the loop takes about a second
    # on a quiet machine and several on a loaded one; the figure is printed below.
    started = time.monotonic()
    while bot.services.knowledge.base.fact("camel_name") is None:
        assert time.monotonic() - started < 30, "the bot did not pick up the import"
        await asyncio.sleep(0.1)
    picked_up = time.monotonic() - started
    reply = await send(bot.api, bot.api.private_message(USER_ID, "ما اسم ناقة النبي في الطريق"))
    assert "القصواء" in reply.result["text"]
    print(
        f"\nCLI import beside the bot: {asked} questions answered meanwhile, "
        f"picked up {picked_up:.1f} s after the last import ended"
    )
