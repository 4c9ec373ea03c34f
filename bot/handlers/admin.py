"""Admin commands: keep the fact base right from a private chat with the bot."""

from __future__ import annotations

import logging
from dataclasses import asdict

from telegram import Message, MessageOriginUser, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import texts
from bot.admin_input import IMPORT_MAX_BYTES, too_big
from bot.admin_keyboards import (
    confirm_keyboard,
    facts_keyboard,
    facts_page_data,
    fits,
    parse_facts_page,
    parse_pending,
)
from bot.admin_service import ATTACH_QUESTION, DELETE_FACT, IMPORT
from bot.admin_views import (
    PREVIEW_ANSWER_MAX,
    admins_text,
    fact_text,
    facts_page,
    history_text,
    import_done,
    import_summary,
    page_count,
)
from bot.clip import one_line, quoted
from bot.handlers.admin_access import AdminCall, admin_only
from bot.import_service import NeedsSecondConfirmation
from bot.keyboards import row_id
from bot.services import services_of

logger = logging.getLogger(__name__)

EXPORT_FILE_NAME = "tabuk-facts.json"
PREVIEW_QUESTION_MAX = 100


async def _one_fact_id(call: AdminCall, usage: str) -> str | None:
    """The command's single argument, a fact id; otherwise the usage is sent and None."""
    parts = call.args.split()
    if len(parts) != 1:
        await call.reply(usage)
        return None
    return parts[0]


# --- who may edit ------------------------------------------------------------------------


def _target_of(message: Message) -> tuple[int, str | None] | None:
    """The member whose message the command replies to (or who wrote a forwarded message)."""
    replied = message.reply_to_message
    if replied is None:
        return None
    origin = replied.forward_origin
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
    elif origin is None and replied.from_user is not None:
        user = replied.from_user
    else:
        return None
    return None if user.is_bot else (user.id, user.full_name)


@admin_only("/admins", owners=True, private_only=False)
async def on_admins(call: AdminCall) -> None:
    """/admins [add|remove <user_id | @username>], or add|remove in reply to a member."""
    admin = call.admin
    message = call.message
    assert message is not None
    args = call.context.args or []
    verb = args[0].lower() if args else ""
    target = _target_of(message) if len(args) == 1 else None
    if message.chat.type != ChatType.PRIVATE and not (target and verb in ("add", "remove")):
        # In a group only a reply naming its member may be used: the list stays private.
        await call.reply(texts.ADMIN_PRIVATE_ONLY, do_quote=True)
        return
    if not args:
        await call.reply(admins_text(sorted(admin.owners), admin.admins()))
        return
    if verb not in ("add", "remove") or len(args) > 2 or (len(args) == 1 and target is None):
        await call.reply(texts.ADMINS_USAGE)
        return
    if target is not None:
        user_id, name = target
    elif args[1].startswith("@"):
        user_id, name = admin.user_by_username(args[1])
    elif (number := row_id(args[1])) is not None:
        user_id, name = number, None
    else:
        await call.reply(texts.ADMINS_BAD_ID.format(value=quoted(args[1])))
        return
    if verb == "add":
        changed = admin.add_admin(call.actor, user_id, name)
        reply = texts.ADMINS_ADDED if changed else texts.ADMINS_ALREADY
    else:
        changed = admin.remove_admin(call.actor, user_id)
        reply = texts.ADMINS_REMOVED if changed else texts.ADMINS_NOT_FOUND
    await call.reply(reply.format(user_id=_who(user_id, name)))


def _who(user_id: int, name: str | None) -> str:
    return f"{name} ({user_id})" if name else str(user_id)


@admin_only("/adminhelp")
async def on_admin_help(call: AdminCall) -> None:
    """/adminhelp: the admin commands."""
    await call.reply(texts.ADMIN_HELP)


async def on_nothing_to_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel outside any conversation."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.NOTHING_TO_CANCEL)


# --- direct edits ------------------------------------------------------------------------


@admin_only("/undo")
async def on_undo(call: AdminCall) -> None:
    """/undo: revert the caller's own last change (words after it: nothing is undone)."""
    if call.args:
        await call.reply(texts.UNDO_USAGE)
        return
    action, fact_ids = call.admin.undo(call.actor)
    label = texts.ACTION_LABELS.get(action, action)
    await call.reply(
        texts.UNDO_DONE.format(action=label, facts=texts.LIST_SEPARATOR.join(fact_ids))
    )


# --- edits with a preview and a confirm button ---------------------------------------------


@admin_only("/answer")
async def on_answer(call: AdminCall) -> None:
    """/answer <fact_id> <new answer>: preview, then confirm."""
    parts = call.args.split(maxsplit=1)
    if len(parts) != 2:
        await call.reply(texts.ANSWER_USAGE)
        return
    preview, stored = call.admin.preview_answer(call.actor, parts[0], parts[1])
    text = texts.ANSWER_PREVIEW.format(
        fact_id=stored.fact.id,
        old=one_line(stored.fact.answer, PREVIEW_ANSWER_MAX),
        new=one_line(parts[1], PREVIEW_ANSWER_MAX),
    )
    await call.reply(text, reply_markup=confirm_keyboard(preview.pending_id, preview.expected))


@admin_only("/delfact")
async def on_delete_fact(call: AdminCall) -> None:
    """/delfact <fact_id>: preview, then confirm (recoverable with /undo)."""
    fact_id = await _one_fact_id(call, texts.DELFACT_USAGE)
    if fact_id is None:
        return
    preview, stored = call.admin.preview_delete(call.actor, fact_id)
    text = texts.DELFACT_PREVIEW.format(
        fact_id=stored.fact.id,
        question=one_line(stored.fact.questions[0], PREVIEW_QUESTION_MAX),
        answer=one_line(stored.fact.answer, PREVIEW_ANSWER_MAX),
        quizzes=texts.count(len(stored.quizzes), "quiz"),
    )
    await call.reply(text, reply_markup=confirm_keyboard(preview.pending_id, preview.expected))


@admin_only("/import")
async def on_import(call: AdminCall) -> None:
    """/import in reply to a JSON document (or as its caption): summary, then confirm."""
    message = call.message
    assert message is not None
    if await call.refused_words(texts.IMPORT_WORDS_USAGE):
        return
    replied = message.reply_to_message
    document = message.document or (replied.document if replied is not None else None)
    if document is None:
        await call.reply(texts.IMPORT_USAGE)
        return
    if document.file_size is not None and document.file_size > IMPORT_MAX_BYTES:
        await call.reply(too_big(document.file_size))
        return
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    preview = await call.admin.preview_import(call.actor, data)
    if preview.pending_id is None:
        await call.reply(texts.IMPORT_NO_CHANGES)  # no buttons: there is nothing to confirm
        return
    text = import_summary(preview.plan)
    if preview.removal.drastic:
        text += "\n\n" + texts.IMPORT_DRASTIC_WARNING.format(
            **texts.removal_counts(**asdict(preview.removal))
        )
    await call.reply(text, reply_markup=confirm_keyboard(preview.pending_id, preview.expected))


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A document in a private chat: admins are told how to import it; others what I read."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    if services_of(context).admin.is_admin(user.id):
        await message.reply_text(texts.IMPORT_DOCUMENT_HINT, do_quote=True)
    else:
        await message.reply_text(texts.NOT_TEXT)


@admin_only()
async def on_pending_button(call: AdminCall) -> None:
    """Confirm or cancel a previewed change; refused if what it was made from changed."""
    assert call.query is not None
    choice = parse_pending(call.data)
    if choice is None:
        await call.query.answer(texts.ADMIN_PREVIEW_EXPIRED, show_alert=True)
        return
    await call.query.answer()
    if not choice.confirmed:
        call.admin.cancel(call.actor, choice.pending_id)
        await call.edit(texts.ADMIN_CANCELLED)
        return
    done = await call.admin.confirm_button(call.actor, choice.pending_id, choice.stamp)
    if isinstance(done, NeedsSecondConfirmation):
        # A drastic import: the same message now asks once more, with the counts.
        await call.query.edit_message_text(
            texts.IMPORT_DRASTIC_CONFIRM.format(**texts.removal_counts(**asdict(done.removal))),
            reply_markup=confirm_keyboard(
                done.pending_id, done.expected, texts.BUTTON_CONFIRM_REMOVAL
            ),
        )
        return
    if done.action == IMPORT and done.plan is not None:
        await call.edit(import_done(done.plan))
    elif done.action == ATTACH_QUESTION:
        await call.edit(texts.UNANSWERED_ATTACHED.format(text=done.text, fact_id=done.fact_id))
    elif done.action == DELETE_FACT:
        await call.edit(texts.DELFACT_DONE.format(fact_id=done.fact_id))
    else:
        await call.edit(texts.ANSWER_DONE.format(fact_id=done.fact_id))


# --- reading -----------------------------------------------------------------------------


@admin_only("/fact")
async def on_fact(call: AdminCall) -> None:
    """/fact <fact_id>: the fact with its phrasings and quiz items."""
    fact_id = await _one_fact_id(call, texts.FACT_USAGE)
    if fact_id is None:
        return
    await call.reply_long(fact_text(call.admin.fact(fact_id)))


@admin_only("/facts")
async def on_facts(call: AdminCall) -> None:
    """/facts [word]: the fact list or a search, ten to a page."""
    # The admin's own words are searched (normalised inside) and shown back as typed.
    query = " ".join(call.args.split())
    if not fits(facts_page_data(9999, query)):
        await call.reply(texts.FACTS_QUERY_TOO_LONG)
        return
    facts = call.admin.search(query)
    await call.reply(
        facts_page(facts, 0, query),
        reply_markup=facts_keyboard(0, page_count(len(facts)), query) if facts else None,
    )


@admin_only()
async def on_facts_page(call: AdminCall) -> None:
    """Next / previous page of /facts."""
    assert call.query is not None
    choice = parse_facts_page(call.data)
    await call.query.answer()
    if choice is None:
        return
    facts = call.admin.search(choice.query)
    pages = page_count(len(facts))
    page = min(choice.page, pages - 1)
    try:
        await call.query.edit_message_text(
            facts_page(facts, page, choice.query),
            reply_markup=facts_keyboard(page, pages, choice.query),
        )
    except BadRequest as error:
        logger.debug("facts page not edited: %s", error)


@admin_only("/history")
async def on_history(call: AdminCall) -> None:
    """/history <fact_id>: who changed it, when, and what."""
    fact_id = await _one_fact_id(call, texts.HISTORY_USAGE)
    if fact_id is None:
        return
    await call.reply_long(history_text(fact_id, call.admin.history(fact_id)))


@admin_only("/export")
async def on_export(call: AdminCall) -> None:
    """/export: the whole base as a JSON document (the `facts export` format); no words."""
    assert call.message is not None
    if await call.refused_words(texts.EXPORT_USAGE):
        return
    counts = call.admin.counts()
    await call.message.reply_document(
        document=call.admin.export_json().encode("utf-8"),
        filename=EXPORT_FILE_NAME,
        caption=texts.EXPORT_CAPTION.format(
            facts=texts.count(counts["facts"], "fact"),
            quizzes=texts.count(counts["quizzes"], "quiz"),
        ),
    )
