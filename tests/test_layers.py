"""The layering is a check, not an intention: who may import what (read from the source)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# (files, top-level modules they must not import, why)
RULES = [
    ("bot/handlers", {"db", "sqlite_utils", "sqlite3"}, "handlers go through bot/services"),
    ("knowledge", {"telegram", "db", "sqlite_utils", "sqlite3"}, "knowledge/ is pure Python"),
    ("db", {"telegram"}, "db/ knows nothing of Telegram"),
    ("fake_bot_api", {"bot", "db", "knowledge"}, "the fake Telegram knows nothing of the bot"),
]


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module a file imports, at any depth (lazy imports count)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize(("folder", "forbidden", "why"), RULES, ids=[r[0] for r in RULES])
def test_layers(folder: str, forbidden: set[str], why: str) -> None:
    files = sorted((ROOT / folder).rglob("*.py"))
    assert files, folder
    broken = {
        str(path.relative_to(ROOT)): sorted(imported_modules(path) & forbidden) for path in files
    }
    assert {path: names for path, names in broken.items() if names} == {}, why


def test_handlers_never_reach_for_the_database_handle() -> None:
    """Services carries the database for start-up and shutdown only; handlers use services."""
    reached = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sorted((ROOT / "bot" / "handlers").rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute) and node.attr in ("db", "_db")
    ]
    assert reached == []


def test_the_rule_reader_sees_lazy_and_dotted_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom db.quiz import x\n\ndef f():\n    import telegram.ext\n",
        encoding="utf-8",
    )
    assert imported_modules(sample) == {"sqlite3", "db", "telegram"}


# Small modules with one job: past this a module is doing two and should be split.
MAX_MODULE_LINES = 650


def test_no_source_module_outside_tests_is_over_650_lines() -> None:
    packages = ("bot", "knowledge", "db", "fake_bot_api", "benchmarks", "tools")
    long = {
        str(path.relative_to(ROOT)): lines
        for package in packages
        for path in sorted((ROOT / package).rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
