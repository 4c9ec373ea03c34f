"""Phrasings and quiz items one at a time: /addq, /delq, /addquiz, /editquiz, /delquiz."""

from __future__ import annotations

from bot import texts
from bot.handlers.admin_access import AdminCall, admin_only


def _quiz_parts(args: str) -> tuple[str, str, list[str]] | None:
    """«id question | right | wrong …» split into id, question and options; None if not so."""
    head = args.split(maxsplit=1)
    parts = [part.strip() for part in head[1].split("|")] if len(head) == 2 else []
    if len(parts) < 2:
        return None
    return head[0], parts[0], parts[1:]


@admin_only("/addq")
async def on_add_phrasing(call: AdminCall) -> None:
    """/addq <fact_id> <phrasing>."""
    parts = call.args.split(maxsplit=1)
    if len(parts) != 2:
        await call.reply(texts.ADDQ_USAGE)
        return
    fact = call.admin.add_phrasing(call.actor, parts[0], parts[1])
    await call.reply(
        texts.ADDQ_DONE.format(fact_id=fact.id, count=texts.count(len(fact.questions), "phrasing"))
    )


@admin_only("/delq")
async def on_delete_phrasing(call: AdminCall) -> None:
    """/delq <fact_id> <phrasing>: one phrasing goes; /undo brings it back."""
    parts = call.args.split(maxsplit=1)
    if len(parts) != 2:
        await call.reply(texts.DELQ_USAGE)
        return
    fact, removed = call.admin.delete_phrasing(call.actor, parts[0], parts[1])
    await call.reply(
        texts.DELQ_DONE.format(
            text=removed, fact_id=fact.id, count=texts.count(len(fact.questions), "phrasing")
        )
    )


@admin_only("/addquiz")
async def on_add_quiz(call: AdminCall) -> None:
    """/addquiz <fact_id> question | right | wrong [| wrong | wrong]."""
    parsed = _quiz_parts(call.args)
    if parsed is None:
        await call.reply(texts.ADDQUIZ_USAGE)
        return
    quiz = call.admin.add_quiz(call.actor, *parsed)
    await call.reply(texts.ADDQUIZ_DONE.format(quiz_id=quiz.id, fact_id=quiz.fact_id))


@admin_only("/editquiz")
async def on_edit_quiz(call: AdminCall) -> None:
    """/editquiz <quiz_id> question | right | wrong [| wrong | wrong]; /undo puts it back."""
    parsed = _quiz_parts(call.args)
    if parsed is None:
        await call.reply(texts.EDITQUIZ_USAGE)
        return
    quiz = call.admin.edit_quiz(call.actor, *parsed)
    await call.reply(texts.EDITQUIZ_DONE.format(quiz_id=quiz.id))


@admin_only("/delquiz")
async def on_delete_quiz(call: AdminCall) -> None:
    """/delquiz <quiz_id>: one quiz item goes; /undo brings it back."""
    parts = call.args.split()
    if len(parts) != 1:
        await call.reply(texts.DELQUIZ_USAGE)
        return
    quiz = call.admin.delete_quiz(call.actor, parts[0])
    await call.reply(texts.DELQUIZ_DONE.format(quiz_id=quiz.id, fact_id=quiz.fact_id))
