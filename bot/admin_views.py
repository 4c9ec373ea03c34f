"""Admin replies as plain text: facts, lists, history, import summaries, Arabic errors."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

from bot import texts
from bot.clip import one_line
from db.admin import Admin
from db.audit import AuditEntry
from db.fact_edits import StoredFact
from db.fact_sync import ImportPlan
from knowledge.models import TELEGRAM_MESSAGE_MAX, Fact

FACTS_PER_PAGE = 10
LIST_ITEM_MAX = 70
HISTORY_VALUE_MAX = 120
# An answer is shown whole by /fact; in previews two answers must fit in one message.
PREVIEW_ANSWER_MAX = 1800
IMPORT_IDS_SHOWN = 15


def split_message(text: str, limit: int = TELEGRAM_MESSAGE_MAX) -> list[str]:
    """Cut a long text into messages at line breaks; a line longer than a message is cut too."""
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                chunks.append(current)
                current = ""
            chunks.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current or not chunks:
        chunks.append(current)
    return [chunk for chunk in chunks if chunk.strip()] or [text[:limit]]


def _field(name: str) -> str:
    return texts.ADMIN_FIELD_NAMES.get(name, name)


# ValidationError messages from knowledge.models, turned into Arabic. Anything not listed
# here still gets an Arabic sentence, with the English detail inside it.
_VALIDATION_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^'(\w+)(?:\[\d+\])?' must be a non-empty string$"), "empty"),
    (re.compile(r"^'(\w+)' is (\d+) characters; the limit is (\d+)$"), "too_long"),
    (re.compile(r"^'(\w+)\[\d+\]' is longer than (\d+) characters$"), "item_too_long"),
    (re.compile(r"^'(\w+)' must contain Arabic text$"), "not_arabic"),
    (re.compile(r"^'(\w+)' must be a list of at least (\d+) strings$"), "too_few"),
    (re.compile(r"^'(\w+)' has (\d+) items; at most (\d+)$"), "too_many"),
    (re.compile(r"^'options' must all be different$"), "options_same"),
)


def describe_validation(detail: str) -> str:
    """An Arabic sentence for a knowledge.models ValidationError message."""
    for pattern, kind in _VALIDATION_PATTERNS:
        match = pattern.match(detail)
        if match is None:
            continue
        groups = match.groups()
        if kind == "empty":
            return texts.ADMIN_ERR_EMPTY.format(field=_field(groups[0]))
        if kind == "too_long":
            return texts.ADMIN_ERR_TOO_LONG.format(
                field=_field(groups[0]), length=groups[1], limit=groups[2]
            )
        if kind == "item_too_long":
            return texts.ADMIN_ERR_ITEM_TOO_LONG.format(field=_field(groups[0]), limit=groups[1])
        if kind == "not_arabic":
            return texts.ADMIN_ERR_NOT_ARABIC.format(field=_field(groups[0]))
        if kind == "too_few":
            return texts.ADMIN_ERR_TOO_FEW.format(field=_field(groups[0]), count=groups[1])
        if kind == "too_many":
            return texts.ADMIN_ERR_TOO_MANY.format(
                field=_field(groups[0]), count=groups[1], limit=groups[2]
            )
        return texts.ADMIN_ERR_OPTIONS_SAME
    return texts.ADMIN_ERR_INVALID.format(detail=detail)


# FactBaseError messages from knowledge.base: "<origin>: fact #3 ('id'): <problem>".
_RECORD_ERROR = re.compile(
    r"^(?:.*?: )?(?P<kind>fact|quiz) #(?P<index>\d+)(?: \('(?P<id>[^']*)'\))?: (?P<problem>.*)$",
    re.DOTALL,
)
_DUPLICATE_ID = re.compile(r"^duplicate id '(?P<id>[^']*)'$")
_DUPLICATE_QUESTION = re.compile(r"^question '(?P<q>.*)' already belongs to '(?P<owner>[^']*)'$")
_UNKNOWN_FACT = re.compile(r"^unknown fact_id '(?P<id>[^']*)'$")


def describe_import_error(message: str) -> str:
    """An Arabic sentence naming the broken record of an imported file."""
    match = _RECORD_ERROR.match(message)
    if match is None:
        return texts.IMPORT_BAD_SHAPE
    template = texts.IMPORT_RECORD_FACT if match["kind"] == "fact" else texts.IMPORT_RECORD_QUIZ
    record = template.format(number=int(match["index"]) + 1)
    if match["id"]:
        record += f" ({match['id']})"
    problem = match["problem"]
    if found := _DUPLICATE_ID.match(problem):
        described = texts.IMPORT_DUPLICATE_ID.format(record_id=found["id"])
    elif found := _DUPLICATE_QUESTION.match(problem):
        described = texts.IMPORT_DUPLICATE_QUESTION.format(
            question=found["q"], owner=found["owner"]
        )
    elif found := _UNKNOWN_FACT.match(problem):
        described = texts.IMPORT_UNKNOWN_FACT.format(fact_id=found["id"])
    else:
        described = describe_validation(problem)
    return texts.IMPORT_BAD_RECORD.format(record=record, problem=described)


def answer_type_label(value: str) -> str:
    return texts.ANSWER_TYPE_LABELS.get(value, value)


def fact_text(stored: StoredFact) -> str:
    """Everything about one fact; may be longer than a message (see split_message)."""
    fact = stored.fact
    lines = [
        texts.FACT_TITLE.format(
            fact_id=fact.id,
            answer_type=answer_type_label(fact.answer_type.value),
            version=stored.version,
        )
    ]
    if stored.deleted:
        lines.append(texts.FACT_DELETED_MARK)
    lines += ["", texts.FACT_PHRASINGS.format(count=len(fact.questions))]
    lines += [f"{index}. {question}" for index, question in enumerate(fact.questions, 1)]
    lines += ["", texts.FACT_ANSWER, fact.answer, "", texts.FACT_SOURCE, fact.source]
    lines += ["", texts.FACT_QUIZZES.format(count=len(stored.quizzes))]
    for quiz in stored.quizzes:
        lines.append(f"• {quiz.id}: {quiz.question}")
        for index, option in enumerate(quiz.options):
            right = index == quiz.correct
            mark = texts.FACT_QUIZ_OPTION_RIGHT if right else texts.FACT_QUIZ_OPTION_WRONG
            lines.append(f"  {mark} {option}")
    return "\n".join(lines)


def page_count(total: int) -> int:
    return max(1, math.ceil(total / FACTS_PER_PAGE))


def facts_page(facts: Sequence[Fact], page: int, query: str) -> str:
    """One page of the fact list (or of search results)."""
    pages = page_count(len(facts))
    if query and not facts:
        return texts.FACTS_NONE.format(query=query)
    if query:
        title = texts.FACTS_SEARCH_TITLE.format(
            query=query, count=len(facts), page=page + 1, pages=pages
        )
    else:
        title = texts.FACTS_TITLE.format(count=len(facts), page=page + 1, pages=pages)
    shown = facts[page * FACTS_PER_PAGE : (page + 1) * FACTS_PER_PAGE]
    lines = [title, ""]
    lines += [f"• {fact.id} — {one_line(fact.questions[0], LIST_ITEM_MAX)}" for fact in shown]
    lines += ["", texts.FACTS_HINT]
    return "\n".join(lines)


def _live_quizzes(snapshot: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    if snapshot is None or snapshot.get("deleted"):
        return {}
    return {quiz["id"]: quiz for quiz in snapshot.get("quizzes", []) if not quiz.get("deleted")}


def _quoted(items: Sequence[str]) -> str:
    return texts.LIST_SEPARATOR.join(f"«{one_line(item, HISTORY_VALUE_MAX)}»" for item in items)


def describe_change(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    """What a change did to a fact, as short Arabic lines (from two snapshots)."""
    if after is None:
        return []
    if before is None:
        return [texts.CHANGE_CREATED]
    lines: list[str] = []
    if after["deleted"] and not before["deleted"]:
        lines.append(texts.CHANGE_DELETED)
    elif before["deleted"] and not after["deleted"]:
        lines.append(texts.CHANGE_RESTORED)
    old, new = before["fact"], after["fact"]
    if old["answer"] != new["answer"]:
        lines.append(
            texts.CHANGE_ANSWER.format(
                old=one_line(old["answer"], HISTORY_VALUE_MAX),
                new=one_line(new["answer"], HISTORY_VALUE_MAX),
            )
        )
    if old["answer_type"] != new["answer_type"]:
        lines.append(
            texts.CHANGE_TYPE.format(
                old=answer_type_label(old["answer_type"]),
                new=answer_type_label(new["answer_type"]),
            )
        )
    if old["source"] != new["source"]:
        lines.append(texts.CHANGE_SOURCE)
    added = [q for q in new["questions"] if q not in old["questions"]]
    removed = [q for q in old["questions"] if q not in new["questions"]]
    if added:
        lines.append(texts.CHANGE_PHRASINGS_ADDED.format(items=_quoted(added)))
    if removed:
        lines.append(texts.CHANGE_PHRASINGS_REMOVED.format(items=_quoted(removed)))
    old_quizzes, new_quizzes = _live_quizzes(before), _live_quizzes(after)
    for template, ids in (
        (texts.CHANGE_QUIZZES_ADDED, [i for i in new_quizzes if i not in old_quizzes]),
        (texts.CHANGE_QUIZZES_REMOVED, [i for i in old_quizzes if i not in new_quizzes]),
        (
            texts.CHANGE_QUIZZES_CHANGED,
            [i for i in new_quizzes if i in old_quizzes and new_quizzes[i] != old_quizzes[i]],
        ),
    ):
        if ids:
            lines.append(template.format(items=texts.LIST_SEPARATOR.join(ids)))
    return lines


def who(entry: AuditEntry) -> str:
    return f"{entry.user_name} ({entry.user_id})" if entry.user_name else str(entry.user_id)


def history_text(fact_id: str, entries: Sequence[AuditEntry]) -> str:
    """Who changed a fact, when, and what; newest first."""
    if not entries:
        return texts.HISTORY_EMPTY.format(fact_id=fact_id)
    lines = [texts.HISTORY_TITLE.format(fact_id=fact_id)]
    for entry in entries:
        lines.append(
            texts.HISTORY_LINE.format(
                when=entry.created_at.replace("T", " ").removesuffix("+00:00") + " UTC",
                who=who(entry),
                action=texts.ACTION_LABELS.get(entry.action, entry.action),
                undone=texts.HISTORY_UNDONE if entry.undone else "",
            )
        )
        lines += [f"   {line}" for line in describe_change(entry.before, entry.after)]
    return "\n".join(lines)


def import_summary(plan: ImportPlan) -> str:
    """What an import would change, by kind, with the first ids of each kind."""
    if plan.is_empty:
        return texts.IMPORT_ORDER_ONLY  # a file that changes nothing has no preview
    lines = []
    for name, label in texts.IMPORT_LABELS.items():
        ids: tuple[str, ...] = getattr(plan, name)
        if not ids:
            continue
        shown = texts.LIST_SEPARATOR.join(ids[:IMPORT_IDS_SHOWN]) + (
            "…" if len(ids) > IMPORT_IDS_SHOWN else ""
        )
        lines.append(texts.IMPORT_SUMMARY_LINE.format(label=label, count=len(ids), ids=shown))
    return texts.IMPORT_SUMMARY.format(lines="\n".join(lines))


def import_done(plan: ImportPlan) -> str:
    return texts.IMPORT_DONE.format(
        **{name: len(getattr(plan, name)) for name in texts.IMPORT_LABELS}
    )


def admins_text(owners: Sequence[int], admins: Sequence[Admin]) -> str:
    owner_lines = [texts.ADMINS_LINE.format(user_id=user_id, name="") for user_id in owners]
    admin_lines = [
        texts.ADMINS_LINE.format(
            user_id=admin.user_id, name=f" — {admin.name}" if admin.name else ""
        )
        for admin in admins
    ]
    return texts.ADMINS_LIST.format(
        owners="\n".join(owner_lines) or texts.ADMINS_NONE,
        admins="\n".join(admin_lines) or texts.ADMINS_NONE,
    )
