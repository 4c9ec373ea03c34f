"""The code stays mypy-clean (configured in pyproject.toml), as it stays ruff-clean."""

import subprocess
import sys
from pathlib import Path

import pytest

# Slow: mypy over the whole code.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_mypy() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
