"""Measuring English (and mixed) messages with their forms on a labelled set (JSON Lines).

Each line: {"message", "form", "parts": [{"expected": fact id or null, "verdict"?}], "verdict",
"options", "correct_option", "category", "split"}. A message is answered correctly when every
part gets its expected fact (and the expected verdict or option; a part of a statement list may
carry its own verdict), and rejected correctly when
a message whose parts all expect null gets no answer. An answer with another fact, verdict or
option is a wrong answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.engine import Outcome, Reply
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishReply
from knowledge.evaluation import EvalResult, Tally, first_record, read_records
from knowledge.router import Router


@dataclass(frozen=True, slots=True)
class MessageItem:
    message: str
    expected: tuple[str | None, ...]
    verdict: bool | None
    correct_option: int | None
    category: str
    # Each part's own verdict, for statement lists; None where a part states none.
    part_verdicts: tuple[bool | None, ...] = ()


def is_message_file(path: Path) -> bool:
    """Does the file hold message records (this module's format)?"""
    record = first_record(path)
    return record is not None and "message" in record


def load_messages(path: Path) -> list[MessageItem]:
    """Read a message evaluation file; a bad line fails naming the file and the line."""

    def make(record: Any) -> MessageItem:
        return MessageItem(
            message=str(record["message"]),
            expected=tuple(part["expected"] for part in record["parts"]),
            verdict=record.get("verdict"),
            correct_option=record.get("correct_option"),
            category=str(record.get("form") or record["category"]),
            part_verdicts=tuple(part.get("verdict") for part in record["parts"]),
        )

    return read_records(path, make)


@dataclass(frozen=True, slots=True)
class _Got:
    fact: str | None
    verdict: bool | None = None
    choice: int | None = None
    asked_back: bool = False


def _parts(reply: Reply | EnglishReply) -> list[_Got]:
    if isinstance(reply, EnglishReply):
        return [
            _Got(
                fact=part.fact.id if part.answered and part.fact else None,
                verdict=part.verdict,
                choice=part.choice,
                asked_back=part.decision.outcome is EnglishOutcome.SUGGEST,
            )
            for part in reply.parts
        ]
    fact = reply.fact.id if reply.answered and reply.fact else None
    return [_Got(fact=fact, asked_back=reply.outcome is Outcome.SUGGEST)]


def grade(item: MessageItem, reply: Reply | EnglishReply) -> str:
    """'right', 'wrong', 'asked' or 'missed' for one message."""
    got = _parts(reply)
    verdict = "right"
    for index, expected in enumerate(item.expected):
        part = got[index] if index < len(got) else _Got(None)
        if expected is None:
            if part.fact is not None:
                return "wrong"
            continue
        if part.fact is None:
            verdict = "asked" if part.asked_back and verdict == "right" else "missed"
            continue
        if part.fact != expected:
            return "wrong"
        if len(item.expected) == 1 and item.verdict is not None and part.verdict != item.verdict:
            return "wrong"
        own = item.part_verdicts[index] if index < len(item.part_verdicts) else None
        if own is not None and part.verdict != own:
            return "wrong"
        if item.correct_option is not None and part.choice != item.correct_option:
            return "wrong"
    return verdict


def evaluate_messages(router: Router, items: list[MessageItem]) -> EvalResult:
    total = Tally()
    by_category: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        outcome = grade(item, router.answer(item.message))
        on_topic = any(expected is not None for expected in item.expected)
        for tally in (total, by_category[item.category]):
            if not on_topic:
                tally.off_topic += 1
                if outcome == "right":
                    tally.rejected_correctly += 1
                else:
                    tally.failures.append(f"answered: {item.message!r}")
                continue
            tally.on_topic += 1
            if outcome == "right":
                tally.answered_correctly += 1
            elif outcome == "wrong":
                tally.wrong_answers += 1
                tally.failures.append(f"WRONG (want {list(item.expected)}): {item.message!r}")
            elif outcome == "asked":
                tally.asked_back += 1
                tally.failures.append(f"asked back (want {list(item.expected)}): {item.message!r}")
            else:
                tally.said_unknown += 1
                tally.failures.append(f"missed (want {list(item.expected)}): {item.message!r}")
    return EvalResult(total=total, by_category=dict(by_category))
