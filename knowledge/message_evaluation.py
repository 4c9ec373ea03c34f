"""Measuring whole messages (several parts, statements, blanks, options, riddles).

Each line of a message set: {"message": str, "form": str, "category": str, "writer": str,
"parts": [{"expected": fact id or null, "verdict": bool or null, "options": [str],
"correct_option": int or null, "blank": str or null}]}.

A part is right when the reply gives what it asks: the expected fact (a question, a
headline, a blank), the right verdict (a statement), the right option (pasted options), the
right expedition (a riddle); a part that expects null is right when nothing is answered for
it. Parts of a message with several questions are matched as a set: each expected fact must
be among the facts the reply gives, and a fact given that no part expects is a wrong answer.
Only the first MAX_PARTS parts count; the rest are reported as announced, not graded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.evaluation import Rates, first_record, misses, rate, read_records
from knowledge.forms import FormAnswerer, MessageReply, PartReply, Status
from knowledge.message import MAX_PARTS
from knowledge.normalize import normalize


@dataclass(frozen=True, slots=True)
class ExpectedPart:
    """What one part of a message asks for."""

    expected: str | None
    verdict: bool | None = None
    options: tuple[str, ...] = ()
    correct_option: int | None = None
    blank: str | None = None


@dataclass(frozen=True, slots=True)
class MessageItem:
    message: str
    form: str
    category: str
    writer: str
    parts: tuple[ExpectedPart, ...]


@dataclass(slots=True)
class MessageTally(Rates):
    """Counts of parts for one group (a form, or everything)."""

    not_graded: int = 0


@dataclass(slots=True)
class RuleTally:
    """Answered parts one deciding rule gave: how many were right, how many wrong."""

    right: int = 0
    wrong: int = 0


@dataclass(slots=True)
class MessageResult:
    total: MessageTally
    by_form: dict[str, MessageTally]
    # "status: rule" of each answered part -> right and wrong (where wrong answers come from)
    by_rule: dict[str, RuleTally] = field(default_factory=dict)


def _part(record: object) -> ExpectedPart:
    if not isinstance(record, dict):
        raise TypeError("a part must be an object")
    options = record.get("options") or []
    return ExpectedPart(
        expected=record.get("expected"),
        verdict=record.get("verdict"),
        options=tuple(str(option) for option in options),
        correct_option=record.get("correct_option"),
        blank=record.get("blank"),
    )


def load_message_items(path: Path) -> list[MessageItem]:
    """Read a message set; a bad line fails naming the file and the line."""

    def make(record: Any) -> MessageItem:
        return MessageItem(
            message=str(record["message"]),
            form=str(record["form"]),
            category=str(record["category"]),
            writer=str(record.get("writer", "")),
            parts=tuple(_part(part) for part in record["parts"]),
        )

    return read_records(path, make, "message")


def is_message_set(path: Path) -> bool:
    """Whether an evaluation file holds Arabic message-form records (they name a writer)."""
    record = first_record(path)
    return record is not None and "message" in record and "writer" in record


def _same_option(chosen: str, wanted: str) -> bool:
    return normalize(chosen) == normalize(wanted) or (
        normalize(wanted) != "" and normalize(wanted) in normalize(chosen)
    )


def _chose(part: ExpectedPart, got: PartReply) -> bool:
    """Whether the chosen option is the wanted one: by its text, or, when the wanted text is
    Latin (options pasted in Arabizi, which the reader writes in Arabic script, so the two
    texts never compare equal), by its place among as many options as the set lists."""
    assert got.choice is not None and part.correct_option is not None
    wanted = part.options[part.correct_option]
    if _same_option(got.choice.text, wanted):
        return True
    read = got.part.options
    return (
        _LATIN.search(wanted) is not None
        and len(read) == len(part.options)
        and got.choice in read
        and read.index(got.choice) == part.correct_option
    )


_LATIN = re.compile(r"[A-Za-z]")


def _grade_single(part: ExpectedPart, got: PartReply) -> tuple[bool | None, str]:
    """(right, wrong or neither as None, what happened) for a one-part form."""
    fact = got.fact.id if got.done and got.fact else None
    if part.expected is None:
        return (not got.done), f"{got.status.value} {fact}"
    if part.verdict is not None:
        if got.status is Status.VERDICT:
            return (got.verdict == part.verdict), f"verdict {got.verdict}"
        # The expected fact without a verdict is not the answer asked for, but not wrong.
        return (None if fact in (None, part.expected) else False), f"{got.status.value} {fact}"
    if part.options:
        if part.correct_option is None:
            if got.status is Status.NO_OPTION:
                return True, "no option"
            return (False if got.status is Status.CHOICE else None), f"{got.status.value}"
        if got.status is Status.CHOICE and got.choice is not None:
            return _chose(part, got), f"chose {got.choice.text}"
        return (None if fact in (None, part.expected) else False), f"{got.status.value} {fact}"
    if got.status is Status.RIDDLE_TABUK:
        fact = "overview"
    if fact is None:
        return None, f"{got.status.value}"
    return fact == part.expected, f"{got.status.value} {fact}"


def _grade(item: MessageItem, reply: MessageReply, tally: MessageTally) -> None:
    graded = item.parts[:MAX_PARTS]
    tally.not_graded += len(item.parts) - len(graded)
    label = f"[{item.form}] {item.message[:120]!r}"
    single_form = item.form in ("mcq", "truefalse", "fillblank", "riddle")
    if single_form and len(graded) == 1 and reply.parts:
        wanted = graded[0]
        got = reply.parts[0]
        right, what = _grade_single(wanted, got)
        if wanted.expected is None:
            tally.off_topic += 1
            if right:
                tally.rejected_correctly += 1
            else:
                tally.failures.append(f"answered ({what}): {label}")
            return
        tally.on_topic += 1
        if right:
            tally.answered_correctly += 1
        elif right is False:
            tally.wrong_answers += 1
            tally.failures.append(f"WRONG ({what}; want {_want(wanted)}): {label}")
        else:
            tally.failures.append(f"not answered ({what}; want {_want(wanted)}): {label}")
        return
    done = [part for part in reply.parts if part.done and part.fact]
    given = ["overview" if p.status is Status.RIDDLE_TABUK else p.fact.id for p in done if p.fact]
    expected = [part.expected for part in graded]
    extra = [fact for fact in dict.fromkeys(given) if fact not in expected]
    nulls = sum(1 for fact in expected if fact is None)
    for fact in expected:
        if fact is None:
            continue
        tally.on_topic += 1
        if fact in given:
            tally.answered_correctly += 1
        else:
            tally.failures.append(f"missed {fact} (gave {given}): {label}")
    tally.off_topic += nulls
    tally.rejected_correctly += max(0, nulls - len(extra))
    tally.wrong_answers += len(extra)
    if extra:
        tally.failures.append(f"WRONG {extra} (want {expected}): {label}")


def _rule_grades(item: MessageItem, reply: MessageReply) -> list[tuple[str, bool]]:
    """Each graded answered part's deciding rule («verdict: close match») and whether it was
    right, graded as _grade does: a one-part form by its form, other parts as a set."""
    graded = item.parts[:MAX_PARTS]
    single_form = item.form in ("mcq", "truefalse", "fillblank", "riddle") and len(graded) == 1
    expected = {part.expected for part in graded if part.expected}
    grades: list[tuple[str, bool]] = []
    for index, got in enumerate(reply.parts[: 1 if single_form else MAX_PARTS]):
        if not got.done:
            continue
        rule = got.reply.rule or f"(no rule named; {got.reply.outcome.value})"
        key = f"{got.status.value}: {rule}"
        if single_form and index == 0:
            right, _ = _grade_single(graded[0], got)
        else:
            fact = "overview" if got.status is Status.RIDDLE_TABUK else got.fact and got.fact.id
            right = fact in expected
        if right is not None:
            grades.append((key, right))
    return grades


def _want(part: ExpectedPart) -> str:
    if part.verdict is not None:
        return f"verdict {part.verdict}"
    if part.options and part.correct_option is not None:
        return f"option {part.options[part.correct_option]}"
    if part.options:
        return "no option"
    return str(part.expected)


def evaluate_messages(answerer: FormAnswerer, items: list[MessageItem]) -> MessageResult:
    total = MessageTally()
    by_form: dict[str, MessageTally] = defaultdict(MessageTally)
    by_rule: dict[str, RuleTally] = {}
    for item in items:
        reply = answerer.answer_message(item.message)
        _grade(item, reply, total)
        _grade(item, reply, by_form[item.form])
        for key, right in _rule_grades(item, reply):
            rule = by_rule.setdefault(key, RuleTally())
            rule.right += right
            rule.wrong += not right
    return MessageResult(total=total, by_form=dict(by_form), by_rule=by_rule)


def format_message_report(
    result: MessageResult, *, title: str, show_failures: bool = False, show_rules: bool = False
) -> str:
    """A table per form plus the headline rates, counted in parts; with `show_rules`, the
    answered parts per deciding rule, right and wrong (counts only, no message text)."""
    lines = [
        title,
        f"{'form':<16}{'parts':>6}  {'answered correctly':<20}{'rejected correctly':<20}"
        f"{'wrong':>6}",
    ]
    for name in sorted(result.by_form):
        tally = result.by_form[name]
        lines.append(
            f"{name:<16}{tally.on_topic + tally.off_topic:>6}  "
            f"{rate(tally.answered_correctly, tally.on_topic):<20}"
            f"{rate(tally.rejected_correctly, tally.off_topic):<20}{tally.wrong_answers:>6}"
        )
    total = result.total
    lines.append(
        f"answered correctly: {rate(total.answered_correctly, total.on_topic)} "
        f"(wrong answers: {total.wrong_answers})"
    )
    lines.append(
        f"rejected correctly: {rate(total.rejected_correctly, total.off_topic)}; "
        f"parts beyond the first {MAX_PARTS} (announced, not graded): {total.not_graded}"
    )
    if show_rules and result.by_rule:
        lines.append(f"{'right':>6}{'wrong':>6}  answered parts by the rule that decided")
        ranked = sorted(result.by_rule.items(), key=lambda kv: (-kv[1].wrong, -kv[1].right))
        lines.extend(f"{rule.right:>6}{rule.wrong:>6}  {key}" for key, rule in ranked)
    if show_failures and total.failures:
        lines.extend(misses(total.failures))
    return "\n".join(lines)
