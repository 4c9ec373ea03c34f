"""The same question gets the same reply in every process (no dependence on hash order)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Slow: runs the bot in subprocesses under several hash seeds.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
# Typos close to two known words at once used to be corrected by set iteration order.
QUESTIONS = ["وش سالفة غزوة تبوك", "متى كانت غزوة تبوق", "كم عدد المقاتلبن", "اشنو دار هرقل"]


def _replies(seed: str, database: Path) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "DATABASE_PATH": str(database)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        input="\n".join(QUESTIONS) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_replies_do_not_depend_on_hash_seed(tmp_path: Path) -> None:
    first = _replies("1", tmp_path / "a.db")
    for seed in ("2", "3"):
        assert _replies(seed, tmp_path / f"{seed}.db") == first
