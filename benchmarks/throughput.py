"""Benchmark: end-to-end updates per second, this bot against a bare echo bot.

The local Bot API server runs here; each bot runs in its own process and long-polls it.
All questions are queued at once; the clock stops when the last reply arrives.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from fake_bot_api import DEFAULT_TOKEN, LocalBotApi, RecordedCall
from knowledge.base import load_shipped

ROOT = Path(__file__).resolve().parents[1]
EVAL_FILE = ROOT / "tests" / "eval" / "tuning.jsonl"
START_TIMEOUT = 60.0
RUN_TIMEOUT = 600.0
KINDS = ("echo", "echo-same-stack", "tabuk")


@dataclass(frozen=True, slots=True)
class RunResult:
    kind: str
    seconds: float
    # CPU time (user + system) the bot process spent on the run; None where /proc is missing.
    cpu_seconds: float | None = None

    def rate(self, updates: int) -> float:
        return updates / self.seconds


def _cpu_seconds(pid: int) -> float | None:
    """A process's CPU time so far (Linux /proc), user plus system; None elsewhere.

    On a shared machine wall-clock rates swing with other load; the CPU a bot spends per
    update swings far less, so it is printed beside them."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def question_pool() -> list[str]:
    """Real questions: the evaluation set's when present, and the base's phrasings."""
    questions = [q for fact in load_shipped().facts for q in fact.questions]
    if EVAL_FILE.exists():
        for line in EVAL_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip():
                questions.append(json.loads(line)["question"])
    return questions


async def _run_once(kind: str, questions: list[tuple[int, str]], workdir: Path) -> RunResult:
    async with LocalBotApi(token=DEFAULT_TOKEN) as api:
        for user_id in {user for user, _ in questions}:
            api.add_user(user_id)
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "DATABASE_PATH": str(workdir / f"{kind}-{time.monotonic_ns()}.db"),
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.bot_process", kind],
            cwd=ROOT,  # benchmarks/ is not installed: run from the clone
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Count replies with a listener: rescanning the call log would load the server.
        replies = 0
        all_replied = asyncio.Event()

        def on_call(call: RecordedCall) -> None:
            nonlocal replies
            if call.method == "sendMessage" and call.status == 200:
                replies += 1
                if replies == len(questions):
                    all_replied.set()

        try:
            await api.wait_for_call("getUpdates", timeout=START_TIMEOUT)
            api.add_listener(on_call)
            cpu_before = _cpu_seconds(process.pid)
            started = time.perf_counter()
            for user_id, text in questions:
                api.push_update(api.private_message(user_id, text))
            async with asyncio.timeout(RUN_TIMEOUT):
                await all_replied.wait()
            seconds = time.perf_counter() - started
            cpu_after = _cpu_seconds(process.pid)
            cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
            return RunResult(kind, seconds, cpu)
        finally:
            process.terminate()
            process.wait(timeout=30)


def main(questions_count: int = 2000, users: int = 200, rounds: int = 3) -> dict[str, float]:
    rng = random.Random(5)
    pool = question_pool()
    questions = [(100_000 + index % users, rng.choice(pool)) for index in range(questions_count)]
    results: dict[str, list[float]] = {kind: [] for kind in KINDS}
    cpu: dict[str, list[float]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory() as workdir:
        for _ in range(rounds):
            for kind in KINDS:  # alternate, so drift hits all alike
                result = asyncio.run(_run_once(kind, questions, Path(workdir)))
                results[kind].append(result.rate(questions_count))
                if result.cpu_seconds is not None:
                    cpu[kind].append(result.cpu_seconds * 1000 / questions_count)
    medians = {kind: statistics.median(rates) for kind, rates in results.items()}
    print(
        f"end-to-end throughput, {questions_count} questions from {users} users, {rounds} rounds"
    )
    for kind, rates in results.items():
        shown = ", ".join(f"{rate:.0f}" for rate in rates)
        print(f"{kind:<15} median {medians[kind]:7.1f} updates/s  (runs: {shown})")
    ratio = medians["tabuk"] / medians["echo"]
    same_stack = medians["tabuk"] / medians["echo-same-stack"]
    print(f"ratio tabuk/echo: {ratio:.2f} (target >= 0.80, against the bare echo bot)")
    print(f"ratio tabuk/echo-same-stack: {same_stack:.2f} (what matching and storing cost)")
    figures = {**medians, "ratio": ratio, "ratio_same_stack": same_stack}
    if all(cpu.values()):
        # CPU per update: steadier than updates/s when other processes share the cores.
        cpu_medians = {kind: statistics.median(values) for kind, values in cpu.items()}
        for kind, values in cpu.items():
            shown = ", ".join(f"{value:.2f}" for value in values)
            print(f"{kind:<15} CPU {cpu_medians[kind]:5.2f} ms per update  (runs: {shown})")
        cpu_ratio = cpu_medians["echo"] / cpu_medians["tabuk"]
        print(f"CPU ratio echo/tabuk: {cpu_ratio:.2f} (the updates/s ratio when CPU-bound)")
        figures["cpu_ratio"] = cpu_ratio
    return figures
