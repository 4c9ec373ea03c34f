"""Benchmark: whole messages (each part in its form: blanks, statements, riddles, choices)
on the shipped base and on larger synthetic ones, the CPU each message costs.

`bench matcher` times the answer engine alone; a message's forms read the facts in ways of
their own (a blank searches the facts' texts, a riddle checks its details against every
fact), and those scans grow with the base. CPU time (thread time) is printed, not wall time:
on a shared machine it swings far less.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from benchmarks.matcher import synthetic_facts
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from knowledge.models import Fact

ROOT = Path(__file__).resolve().parents[1]
# The first tuning round's messages (475): every form, written for the shipped base.
MESSAGE_FILES = ("messages_tuning.jsonl",)


def messages() -> list[str]:
    """The messages of MESSAGE_FILES that exist in this clone."""
    found = []
    for name in MESSAGE_FILES:
        path = ROOT / "tests" / "eval" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append(json.loads(line)["message"])
    return found


def run_one(label: str, facts: list[Fact], texts: list[str]) -> str:
    """One base: build, then every message once (no reply cache), CPU per message."""
    started = time.thread_time()
    answerer = FormAnswerer(AnswerEngine(facts, cache_size=0))
    build = time.thread_time() - started
    costs = []
    for text in texts:
        begin = time.thread_time()
        answerer._answer_message(text)  # (not answer_message: its cache would answer repeats)
        costs.append((time.thread_time() - begin) * 1000)
    costs.sort()
    p50 = costs[len(costs) // 2]
    p99 = costs[min(len(costs) - 1, round(0.99 * (len(costs) - 1)))]
    return (
        f"{label:<18}{len(facts):>9,}{build:>9.2f}{sum(costs) / len(costs):>10.2f}"
        f"{p50:>9.2f}{p99:>9.1f}{costs[-1]:>9.1f}"
    )


def main(sizes: tuple[int, ...] = (10_000,)) -> None:
    texts = messages()
    shipped = list(load_shipped().facts)
    print(f"whole messages, {len(texts)} of {', '.join(MESSAGE_FILES)}, CPU ms per message")
    print(
        f"{'base':<18}{'facts':>9}{'build s':>9}{'mean ms':>10}"
        f"{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    )
    print(run_one("shipped", shipped, texts), flush=True)
    for size in sizes:
        print(run_one(f"synthetic {size:,}", shipped + synthetic_facts(size), texts), flush=True)
