"""Measuring the engine on a labelled question set (JSON Lines).

Each line: {"question": str, "expected": fact id or null, "category": str}.
On-topic questions count as answered correctly only when the engine answers with the
expected fact without asking back; off-topic ones count as rejected correctly when the
engine does not answer with any fact.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from knowledge.engine import AnswerEngine, Outcome

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class EvalItem:
    question: str
    expected: str | None
    category: str


@dataclass(slots=True)
class Rates:
    """What every evaluation counts: right answers on topic, right refusals off it."""

    on_topic: int = 0
    answered_correctly: int = 0
    wrong_answers: int = 0
    off_topic: int = 0
    rejected_correctly: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def answered_rate(self) -> float | None:
        return self.answered_correctly / self.on_topic if self.on_topic else None

    @property
    def rejected_rate(self) -> float | None:
        return self.rejected_correctly / self.off_topic if self.off_topic else None


@dataclass(slots=True)
class Tally(Rates):
    """Counts for one category (or for everything), with how the misses went."""

    asked_back: int = 0
    said_unknown: int = 0


@dataclass(slots=True)
class EvalResult:
    total: Tally
    by_category: dict[str, Tally]


def first_record(path: Path) -> dict[str, Any] | None:
    """The first record of a JSON Lines file, if it is a JSON object (to tell formats apart)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                return None
            return record if isinstance(record, dict) else None
    return None


def read_records(path: Path, make: Callable[[Any], T], what: str = "evaluation") -> list[T]:
    """Each non-blank line of a JSON Lines file made into an item; a bad line fails naming the
    file and the line."""
    items: list[T] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            items.append(make(json.loads(line)))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number}: bad {what} line: {error}") from None
    return items


def load_items(path: Path) -> list[EvalItem]:
    """Read an evaluation file; a bad line fails naming the file and the line."""

    def make(record: Any) -> EvalItem:
        return EvalItem(
            question=str(record["question"]),
            expected=record["expected"],
            category=str(record["category"]),
        )

    return read_records(path, make)


def evaluate(engine: AnswerEngine, items: list[EvalItem]) -> EvalResult:
    total = Tally()
    by_category: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        reply = engine.answer(item.question)
        got = reply.fact.id if reply.answered and reply.fact else None
        for tally in (total, by_category[item.category]):
            if item.expected is None:
                tally.off_topic += 1
                if got is None:
                    tally.rejected_correctly += 1
                else:
                    tally.failures.append(f"answered {got}: {item.question}")
            else:
                tally.on_topic += 1
                if got == item.expected:
                    tally.answered_correctly += 1
                elif got is not None:
                    tally.wrong_answers += 1
                    tally.failures.append(f"WRONG {got} (want {item.expected}): {item.question}")
                elif reply.outcome is Outcome.SUGGEST:
                    tally.asked_back += 1
                    offered = [c.fact.id for c in reply.suggestions]
                    hit = "offered" if item.expected in offered else "not offered"
                    tally.failures.append(
                        f"asked back ({hit}; want {item.expected}, got {offered}): {item.question}"
                    )
                else:
                    tally.said_unknown += 1
                    tally.failures.append(
                        f"{reply.outcome.value} (want {item.expected}): {item.question}"
                    )
    return EvalResult(total=total, by_category=dict(by_category))


def rate(count: int, total: int) -> str:
    """«count/total = pct%» for a report's table, «-» when there is nothing to count."""
    return f"{count}/{total} = {100 * count / total:5.1f}%" if total else "-"


def misses(failures: list[str]) -> list[str]:
    """The report's closing list of what was missed, one indented line each."""
    return ["misses:", *(f"  {failure}" for failure in failures)]


def format_report(result: EvalResult, *, title: str, show_failures: bool = False) -> str:
    """A table per category plus the two headline rates."""
    lines = [
        title,
        f"{'category':<14}{'n':>5}  {'answered correctly':<20}{'rejected correctly':<20}"
        f"{'wrong':>6}{'asked':>7}{'unknown':>9}",
    ]
    for name in sorted(result.by_category):
        tally = result.by_category[name]
        lines.append(
            f"{name:<14}{tally.on_topic + tally.off_topic:>5}  "
            f"{rate(tally.answered_correctly, tally.on_topic):<20}"
            f"{rate(tally.rejected_correctly, tally.off_topic):<20}"
            f"{tally.wrong_answers:>6}{tally.asked_back:>7}{tally.said_unknown:>9}"
        )
    total = result.total
    lines.append(
        f"answered correctly: {rate(total.answered_correctly, total.on_topic)} "
        f"(wrong answers: {total.wrong_answers}, asked back: {total.asked_back}, "
        f"said unknown: {total.said_unknown})"
    )
    lines.append(
        f"rejected correctly: {rate(total.rejected_correctly, total.off_topic)} "
        f"(answered off-topic: {total.off_topic - total.rejected_correctly})"
    )
    if show_failures and total.failures:
        lines.extend(misses(total.failures))
    return "\n".join(lines)
