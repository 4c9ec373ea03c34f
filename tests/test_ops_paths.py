"""Operations: `check` on paths it cannot write, `backup` that does not overwrite silently."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.bot_process import run_bot

# /sys refuses new files even to root, as a read-only mount does.
READ_ONLY = Path("/sys")

pytestmark = pytest.mark.slow


def _bot(*args: str, database: Path, as_nobody: bool = False) -> subprocess.CompletedProcess:
    # (as_nobody: the bot run as an unprivileged user, for paths it may not write)
    nobody = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    env = {**os.environ, "DATABASE_PATH": str(database), "HOME": "/tmp"}
    return run_bot(*args, env=env, prefix=nobody if as_nobody else ())


@pytest.mark.skipif(not (READ_ONLY / "kernel").is_dir(), reason="needs /sys")
@pytest.mark.parametrize("database", [READ_ONLY / "bot.db", READ_ONLY / "tabuk" / "bot.db"])
def test_check_says_the_bot_cannot_create_its_database_on_a_read_only_path(
    database: Path,
) -> None:
    result = _bot("check", database=database)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "the bot creates it" not in result.stdout
    problems = [line for line in result.stdout.splitlines() if line.startswith("PROBLEM")]
    assert any("cannot" in line and str(database.parent) in line for line in problems), (
        result.stdout
    )
    assert result.stdout.rstrip().endswith("unhealthy")


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="needs root to run the check as another user",
)
def test_check_says_an_existing_database_is_read_only(tmp_path: Path) -> None:
    # Outside pytest's private tmp folder, which the other user could not even enter.
    outer = Path(tempfile.mkdtemp(prefix="tabuk-ro-"))
    outer.chmod(0o755)
    folder = outer / "data"
    folder.mkdir()
    database = folder / "bot.db"
    assert (
        _bot("facts", "export", "-o", str(tmp_path / "x.json"), database=database).returncode == 0
    )
    sqlite3.connect(database).execute("PRAGMA journal_mode=DELETE").close()
    for path in folder.iterdir():
        path.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = _bot("check", database=database, as_nobody=True)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(outer)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"cannot write files in {folder}" in result.stdout
    assert f"the database {database} is not writable" in result.stdout


def test_check_of_a_folder_it_may_not_enter_is_a_problem_not_a_traceback(
    tmp_path: Path,
) -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to run the check as another user")
    tmp_path.chmod(0o700)
    result = _bot("check", database=tmp_path / "data" / "bot.db", as_nobody=True)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "PROBLEM: cannot create files in" in result.stdout


def test_check_on_a_writable_new_path_still_says_the_bot_creates_it(tmp_path: Path) -> None:
    database = tmp_path / "new" / "bot.db"
    result = _bot("check", database=database)
    assert "the bot creates it on start" in result.stdout
    assert "cannot" not in result.stdout
    assert not list(tmp_path.iterdir())  # the probe left nothing behind


def test_backup_does_not_overwrite_without_force(tmp_path: Path) -> None:
    database = tmp_path / "bot.db"
    assert (
        _bot("facts", "export", "-o", str(tmp_path / "x.json"), database=database).returncode == 0
    )
    target = tmp_path / "copy.db"
    target.write_bytes(b"an older backup")
    refused = _bot("backup", str(target), database=database)
    assert refused.returncode == 1
    assert "already exists" in refused.stderr and "--force" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert target.read_bytes() == b"an older backup"
    forced = _bot("backup", str(target), "--force", database=database)
    assert forced.returncode == 0, forced.stderr
    assert sqlite3.connect(target).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fresh = _bot("backup", str(tmp_path / "new.db"), database=database)
    assert fresh.returncode == 0 and (tmp_path / "new.db").exists()
