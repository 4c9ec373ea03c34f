"""What ships with the bot: test tooling stays out of `run`, benchmarks stay in the clone."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

# Slow: each test starts a Python subprocess.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = ("bot", "knowledge", "db", "fake_bot_api")
TOOLING = ("fake_bot_api", "benchmarks")

# Runs `python -m bot run` as far as the network: run_polling is replaced by a probe that
# reports which test-tooling modules were loaded by then.
_RUN_PROBE = """
import sys
import bot.cli as cli
import bot.runner

def probe(config):
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in {tooling!r})
    print("loaded:", ",".join(loaded))

bot.runner.run_polling = probe
import bot.app
bot.app.build_application(cli.load_config())
sys.exit(cli.main(["run"]))
"""


def _python(code: str, tmp_path: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_PATH": str(tmp_path / "bot.db"),
        "TELEGRAM_BOT_TOKEN": "123456789:packaging-test-token",
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_run_never_loads_the_fake_bot_api_or_benchmarks(tmp_path: Path) -> None:
    result = _python(_RUN_PROBE.format(tooling=TOOLING), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded:", result.stdout


@pytest.mark.parametrize(
    "command", [["check"], ["facts", "export"], ["ask", "متى كانت غزوة تبوك"]]
)
def test_commands_other_than_run_start_without_the_telegram_library(
    tmp_path: Path, command: list[str]
) -> None:
    # An operator's `check` or `facts import` should not pay a second for the HTTP stack.
    probe = (
        "import sys, contextlib, io, bot.cli as cli\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    cli.main({command!r})\n"
        "print(sorted(m for m in ('telegram', 'aiohttp', 'httpx') if m in sys.modules))"
    )
    result = _python(probe, tmp_path)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_the_offline_console_does_load_the_fake_bot_api(tmp_path: Path) -> None:
    # The other side of the check above: the probe does see the module when it is imported.
    result = _python("import sys, bot.console; print('fake_bot_api' in sys.modules)", tmp_path)
    assert result.stdout.strip() == "True", result.stderr


def test_bench_outside_a_clone_says_so_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "bench", "matcher"],
        cwd=tmp_path,  # no benchmarks/ here: as for a bot installed without the repository
        env={**os.environ, "DATABASE_PATH": str(tmp_path / "bot.db")},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "python -m benchmarks" in lines[0], result.stderr


def test_packages_shipped_are_the_bot_and_its_offline_console() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    assert {pattern.rstrip("*") for pattern in include} == set(INSTALLED)


def test_installed_code_never_reads_tests_data() -> None:
    offenders = []
    for package in INSTALLED:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                text = node.value if isinstance(node, ast.Constant) else None
                if isinstance(text, str) and text.split("/")[0].split("\\")[0] == "tests":
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
