"""The container build: .dockerignore, two stages, a hash-checked lock that matches
pyproject.toml and the tested environment, a pinned base, the user before the code."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
LOCK = (ROOT / "requirements.lock").read_text(encoding="utf-8")
BUILD_LOCK = (ROOT / "requirements-build.lock").read_text(encoding="utf-8")
_PIN = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s\\]+)", re.MULTILINE)


def _pins(text: str) -> dict[str, str]:
    return {canonicalize_name(name): pinned for name, pinned in _PIN.findall(text)}


def _stages() -> list[str]:
    return re.split(r"^FROM ", DOCKERFILE, flags=re.MULTILINE)[1:]


def test_the_lock_pins_every_dependency_with_hashes() -> None:
    pins = _pins(LOCK)
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for line in dependencies:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in requirements.lock"
        assert requirement.specifier.contains(pins[name]), (name, pins[name])
    # Every pinned package has its hashes (pip --require-hashes refuses the lock otherwise).
    for block in re.split(r"\n(?=[A-Za-z0-9_.-]+==)", LOCK.split("\n", 6)[-1]):
        if _PIN.match(block):
            assert "--hash=sha256:" in block, block.splitlines()[0]
    assert "file://" not in LOCK and "--index-url" not in LOCK  # no machine's own indexes


def test_the_lock_is_the_environment_the_tests_ran_in() -> None:
    """What the image installs is what passed the tests here (no drift)."""
    different = {}
    for name, pinned in _pins(LOCK).items():
        try:
            installed = version(name)
        except PackageNotFoundError:
            different[name] = (pinned, None)
            continue
        if canonicalize_name(name) != "pip" and installed != pinned:
            different[name] = (pinned, installed)
    assert not different, f"requirements.lock differs from the test environment: {different}"


def test_the_readme_commands_install_the_lock_and_ci_runs_the_test_command_as_written() -> None:
    """A fresh clone gets the tested versions, not whatever was released upstream since."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = set(re.findall(r"(python3 -m venv \.venv && [^`\n]+)", readme))
    assert len(commands) == 2, commands  # run the bot, run the suite (the Arabic part repeats one)
    install_lock = ".venv/bin/pip install -q --require-hashes --no-deps -r requirements.lock"
    assert all(command.split(" && ")[1] == install_lock for command in commands)
    (suite,) = (command for command in commands if command.endswith("-m pytest"))
    assert suite in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_two_stages_and_only_the_environment_reaches_the_final_one() -> None:
    stages = _stages()
    assert len(stages) == 2 and stages[0].split()[1:3] == ["AS", "build"]
    build, final = stages
    assert "pip install --require-hashes --no-deps -r /tmp/requirements.lock" in build
    assert "pip install --require-hashes --no-deps -r /tmp/requirements-build.lock" in build
    assert "--no-build-isolation" in build  # a rebuild fetches no build tools
    assert "COPY --from=build /opt/venv /opt/venv" in final
    # The code is in the image once: in the environment's site-packages, not copied again.
    copies = [line for line in final.splitlines() if line.startswith("COPY")]
    assert copies == ["COPY --from=build /opt/venv /opt/venv"]
    assert "PATH=/opt/venv/bin:$PATH" in final


def test_the_base_image_is_pinned_to_a_patch_release() -> None:
    bases = [stage.split()[0] for stage in _stages()]
    assert len(set(bases)) == 1, bases
    assert re.fullmatch(r"python:3\.11\.\d+-slim-[a-z]+", bases[0]), bases[0]
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == ">=3.11"


def test_the_user_is_created_before_the_code_is_copied() -> None:
    final = _stages()[1]
    assert final.index("useradd --uid 10001") < final.index("COPY --from=build")
    assert final.index("COPY --from=build") < final.index("USER 10001:10001")
    assert "HEALTHCHECK" in final and 'CMD ["python", "-m", "bot", "health"]' in final


def test_dockerignore_lets_in_only_what_the_build_copies() -> None:
    ignore = (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    rules = [line for line in ignore if line and not line.startswith("#")]
    assert rules[0] == "*"  # everything out, then the build's inputs back in
    allowed = {line[1:].rstrip("/") for line in rules if line.startswith("!")}
    sources = set()
    for line in DOCKERFILE.splitlines():
        if line.startswith("COPY ") and "--from=" not in line:
            sources.update(line.split()[1:-1])
    assert {Path(source).as_posix().rstrip("/") for source in sources} <= allowed
    for secret_or_junk in (".env", ".git", ".venv", "tests", "data"):
        assert secret_or_junk not in allowed
    assert "**/*.db" in rules and "**/__pycache__" in rules
