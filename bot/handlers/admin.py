"""Admin commands: keep the fact base right from a private chat with the bot."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field

from telegram import Message, Update, User
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot import texts
from bot.admin_keyboards import (
    DRAFT_SAVE,
    DRAFT_TYPE,
    PREFIX,
    answer_type_keyboard,
    confirm_keyboard,
    draft_save_keyboard,
    facts_keyboard,
    facts_page_data,
    fits,
    parse_draft,
    parse_facts_page,
    parse_pending,
    parse_unanswered,
    unanswered_keyboard,
)
from bot.admin_service import IMPORT_MAX_BYTES, Actor, AdminError, AdminService, too_big
from bot.admin_views import (
    PREVIEW_ANSWER_MAX,
    admins_text,
    answer_type_label,
    fact_text,
    facts_page,
    history_text,
    import_done,
    import_summary,
    page_count,
    shorten,
    split_message,
)
from bot.services import services_of
from db import admin as store
from db import facts as fact_store
from knowledge.models import AnswerType
from knowledge.normalize import normalize

logger = logging.getLogger(__name__)

UNANSWERED_SHOWN = 5
EXPORT_FILE_NAME = "tabuk-facts.json"
# A guided /addfact left alone this long is dropped, so later messages are questions again.
DRAFT_TIMEOUT_SECONDS = 30 * 60
DRAFT_KEY = "admin_draft"
PHRASINGS, ANSWER, ANSWER_TYPE, SAVE = range(4)
PREVIEW_QUESTIONS_SHOWN = 15
PREVIEW_QUESTION_MAX = 100


def _actor(user: User) -> Actor:
    return Actor(user.id, user.full_name or user.username)


def _arguments(message: Message) -> str:
    """Everything after the command word, line breaks kept."""
    parts = (message.text or message.caption or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


async def _admin_message(
    update: Update, context: ContextTypes.DEFAULT_TYPE, command: str
) -> tuple[Message, Actor, AdminService] | None:
    """The message, caller and service for an admin command; None once refused."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return None
    admin = services_of(context).admin
    actor = _actor(user)
    private = message.chat.type == ChatType.PRIVATE
    if not admin.is_admin(user.id):
        admin.record_denied(actor, command)
        await message.reply_text(texts.ADMIN_DENIED, do_quote=not private)
        return None
    if not private:
        await message.reply_text(texts.ADMIN_PRIVATE_ONLY, do_quote=True)
        return None
    return message, actor, admin


async def _admin_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE
) -> tuple[str, Actor, AdminService] | None:
    """The callback data, presser and service for an admin button; None once refused."""
    query = update.callback_query
    if query is None or query.data is None:
        return None
    admin = services_of(context).admin
    actor = _actor(query.from_user)
    if not admin.is_admin(actor.user_id):
        admin.record_denied(actor, f"button {query.data}")
        await query.answer(texts.ADMIN_DENIED, show_alert=True)
        return None
    return query.data, actor, admin


async def _one_fact_id(message: Message, usage: str) -> str | None:
    """The command's single argument, a fact id; otherwise the usage is sent and None."""
    parts = _arguments(message).split()
    if len(parts) != 1:
        await message.reply_text(usage)
        return None
    return parts[0]


async def _reply_long(message: Message, text: str) -> None:
    for chunk in split_message(text):
        await message.reply_text(chunk)


async def _edit(update: Update, text: str) -> None:
    """Replace a button message's text (and drop its buttons)."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.edit_message_text(_first_message(text))
    except BadRequest as error:
        # A second press on the same button finds the message already changed.
        logger.debug("admin message not edited: %s", error)


def _first_message(text: str) -> str:
    """What fits in one message (an edit cannot become two messages)."""
    return split_message(text)[0]


# --- who may edit ------------------------------------------------------------------------


async def on_admins(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/admins [add|remove <user_id>]: the owners manage the admin list."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    admin = services_of(context).admin
    actor = _actor(user)
    if not admin.is_owner(user.id):
        admin.record_denied(actor, "/admins")
        await message.reply_text(texts.ADMIN_OWNERS_ONLY)
        return
    if message.chat.type != ChatType.PRIVATE:
        await message.reply_text(texts.ADMIN_PRIVATE_ONLY, do_quote=True)
        return
    args = context.args or []
    if not args:
        await message.reply_text(admins_text(sorted(admin.owners), admin.admins()))
        return
    if len(args) != 2 or args[0].lower() not in ("add", "remove"):
        await message.reply_text(texts.ADMINS_USAGE)
        return
    if not args[1].isdigit():
        await message.reply_text(texts.ADMINS_BAD_ID.format(value=args[1]))
        return
    user_id = int(args[1])
    try:
        if args[0].lower() == "add":
            changed = admin.add_admin(actor, user_id)
            reply = texts.ADMINS_ADDED if changed else texts.ADMINS_ALREADY
        else:
            changed = admin.remove_admin(actor, user_id)
            reply = texts.ADMINS_REMOVED if changed else texts.ADMINS_NOT_FOUND
    except AdminError as error:
        await message.reply_text(str(error))
        return
    await message.reply_text(reply.format(user_id=user_id))


async def on_admin_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/adminhelp: the admin commands."""
    if await _admin_message(update, context, "/adminhelp") is not None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(texts.ADMIN_HELP)


# --- /addfact: one line, or a guided conversation ------------------------------------------


@dataclass
class Draft:
    """A fact being added step by step (kept in user_data while the conversation lasts)."""

    questions: list[str] = field(default_factory=list)
    answer: str = ""
    answer_type: AnswerType = AnswerType.THING


def _draft(context: ContextTypes.DEFAULT_TYPE) -> Draft:
    data = context.user_data if context.user_data is not None else {}
    draft = data.get(DRAFT_KEY)
    if not isinstance(draft, Draft):
        draft = Draft()
        data[DRAFT_KEY] = draft
    return draft


def _drop_draft(context: ContextTypes.DEFAULT_TYPE) -> None:
    if context.user_data is not None:
        context.user_data.pop(DRAFT_KEY, None)


async def on_add_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/addfact question | answer at once, or /addfact alone to be guided step by step."""
    guard = await _admin_message(update, context, "/addfact")
    if guard is None:
        return ConversationHandler.END
    message, actor, admin = guard
    rest = _arguments(message)
    if not rest:
        _drop_draft(context)
        _draft(context)
        await message.reply_text(texts.ADDFACT_START)
        return PHRASINGS
    parts = [part.strip() for part in rest.split("|")]
    if len(parts) != 2 or not all(parts):
        await message.reply_text(texts.ADDFACT_USAGE)
        return ConversationHandler.END
    try:
        fact = admin.add_fact(actor, [parts[0]], parts[1], AnswerType.THING)
    except AdminError as error:
        await message.reply_text(str(error))
        return ConversationHandler.END
    await message.reply_text(
        texts.ADDFACT_DONE.format(fact_id=fact.id, question=fact.questions[0])
    )
    return ConversationHandler.END


async def on_draft_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """A phrasing of the new fact, or «تم» to move on to the answer."""
    message = update.effective_message
    if message is None or message.text is None:
        return PHRASINGS
    if normalize(message.text) in {normalize(word) for word in texts.ADDFACT_DONE_WORDS}:
        return await on_draft_done(update, context)
    draft = _draft(context)
    try:
        phrasing = services_of(context).admin.check_phrasing(message.text)
    except AdminError as error:
        await message.reply_text(str(error))
        return PHRASINGS
    if normalize(phrasing) in {normalize(question) for question in draft.questions}:
        await message.reply_text(texts.ADMIN_PHRASING_REPEATED.format(text=phrasing))
        return PHRASINGS
    draft.questions.append(phrasing)
    await message.reply_text(texts.ADDFACT_PHRASING_ADDED.format(count=len(draft.questions)))
    return PHRASINGS


async def on_draft_done(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/done (or «تم»): the phrasings are complete; ask for the answer."""
    message = update.effective_message
    if message is None:
        return PHRASINGS
    if not _draft(context).questions:
        await message.reply_text(texts.ADDFACT_NEED_PHRASING)
        return PHRASINGS
    await message.reply_text(texts.ADDFACT_ASK_ANSWER)
    return ANSWER


async def on_draft_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """The answer of the new fact; then its type, with buttons."""
    message = update.effective_message
    if message is None or message.text is None:
        return ANSWER
    try:
        _draft(context).answer = services_of(context).admin.check_answer(message.text)
    except AdminError as error:
        await message.reply_text(str(error))
        return ANSWER
    await message.reply_text(texts.ADDFACT_ASK_TYPE, reply_markup=answer_type_keyboard())
    return ANSWER_TYPE


def _draft_preview(draft: Draft) -> str:
    shown = [
        f"{index}. {shorten(question, PREVIEW_QUESTION_MAX)}"
        for index, question in enumerate(draft.questions[:PREVIEW_QUESTIONS_SHOWN], 1)
    ]
    if len(draft.questions) > PREVIEW_QUESTIONS_SHOWN:
        shown.append("…")
    return texts.ADDFACT_PREVIEW.format(
        questions="\n".join(shown),
        answer=draft.answer[:PREVIEW_ANSWER_MAX],
        answer_type=answer_type_label(draft.answer_type.value),
    )


async def on_draft_type(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """An answer-type button: show the whole fact with save / cancel buttons."""
    guard = await _admin_button(update, context)
    query = update.callback_query
    if guard is None or query is None:
        return ConversationHandler.END
    parsed = parse_draft(guard[0])
    if parsed is None or parsed[0] != DRAFT_TYPE or parsed[1] not in set(AnswerType):
        await query.answer(texts.ADMIN_PREVIEW_EXPIRED, show_alert=True)
        return ANSWER_TYPE
    await query.answer()
    draft = _draft(context)
    draft.answer_type = AnswerType(parsed[1])
    await _edit(update, f"{texts.ADDFACT_ASK_TYPE} {answer_type_label(draft.answer_type.value)}")
    if isinstance(query.message, Message):
        await query.message.reply_text(_draft_preview(draft), reply_markup=draft_save_keyboard())
    return SAVE


async def on_draft_save(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """Save or drop the new fact."""
    guard = await _admin_button(update, context)
    query = update.callback_query
    if guard is None or query is None:
        return ConversationHandler.END
    data, actor, admin = guard
    parsed = parse_draft(data)
    await query.answer()
    if parsed is None or parsed[0] != DRAFT_SAVE or parsed[1] != "1":
        _drop_draft(context)
        await _edit(update, texts.ADDFACT_CANCELLED)
        return ConversationHandler.END
    draft = _draft(context)
    _drop_draft(context)
    try:
        fact = admin.add_fact(actor, draft.questions, draft.answer, draft.answer_type)
    except AdminError as error:
        await _edit(update, str(error))
        return ConversationHandler.END
    await _edit(update, texts.ADDFACT_DONE.format(fact_id=fact.id, question=fact.questions[0]))
    return ConversationHandler.END


async def on_draft_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel at any step: nothing is saved."""
    _drop_draft(context)
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.ADDFACT_CANCELLED)
    return ConversationHandler.END


async def on_draft_use_buttons(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Text while buttons are expected: point at them (the state stays)."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.ADDFACT_USE_BUTTONS)


async def on_draft_timeout(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The draft was left alone too long: say so, so the next text is not taken for it."""
    _drop_draft(context)
    if isinstance(update, Update) and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, texts.ADDFACT_TIMEOUT)


async def on_stale_draft_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button of a guided /addfact that is over (saved, cancelled, timed out, restarted)."""
    if update.callback_query is not None:
        await update.callback_query.answer(texts.ADMIN_PREVIEW_EXPIRED, show_alert=True)


async def on_nothing_to_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/cancel outside any conversation."""
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.NOTHING_TO_CANCEL)


def add_fact_conversation() -> ConversationHandler:  # type: ignore[type-arg]
    """The guided /addfact: phrasings, answer, answer type (buttons), preview, save."""
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    states: dict[object, list[BaseHandler]] = {  # type: ignore[type-arg]
        PHRASINGS: [
            MessageHandler(private_text, on_draft_text),
            CommandHandler("done", on_draft_done),
        ],
        ANSWER: [MessageHandler(private_text, on_draft_answer)],
        ANSWER_TYPE: [
            CallbackQueryHandler(on_draft_type, pattern=rf"^{PREFIX}:{DRAFT_TYPE}:"),
            MessageHandler(private_text, on_draft_use_buttons),
        ],
        SAVE: [
            CallbackQueryHandler(on_draft_save, pattern=rf"^{PREFIX}:{DRAFT_SAVE}:"),
            MessageHandler(private_text, on_draft_use_buttons),
        ],
        ConversationHandler.TIMEOUT: [TypeHandler(Update, on_draft_timeout)],
    }
    with warnings.catch_warnings():
        # PTB warns that buttons are tracked per user and chat, not per message. That is what
        # a draft needs: one draft per admin, whichever of its messages the button is under.
        warnings.filterwarnings("ignore", message=".*per_message=False", category=PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CommandHandler("addfact", on_add_fact, filters=filters.UpdateType.MESSAGE)
            ],
            states=states,
            fallbacks=[CommandHandler("cancel", on_draft_cancel)],
            allow_reentry=True,
            conversation_timeout=DRAFT_TIMEOUT_SECONDS,
            name="addfact",
        )


# --- direct edits ------------------------------------------------------------------------


async def on_add_phrasing(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addq <fact_id> <phrasing>."""
    guard = await _admin_message(update, context, "/addq")
    if guard is None:
        return
    message, actor, admin = guard
    parts = _arguments(message).split(maxsplit=1)
    if len(parts) != 2:
        await message.reply_text(texts.ADDQ_USAGE)
        return
    try:
        fact = admin.add_phrasing(actor, parts[0], parts[1])
    except AdminError as error:
        await message.reply_text(str(error))
        return
    await message.reply_text(texts.ADDQ_DONE.format(fact_id=fact.id, count=len(fact.questions)))


async def on_add_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/addquiz <fact_id> question | right | wrong | wrong [| wrong]."""
    guard = await _admin_message(update, context, "/addquiz")
    if guard is None:
        return
    message, actor, admin = guard
    head = _arguments(message).split(maxsplit=1)
    parts = [part.strip() for part in head[1].split("|")] if len(head) == 2 else []
    if len(parts) < 2:
        await message.reply_text(texts.ADDQUIZ_USAGE)
        return
    try:
        quiz = admin.add_quiz(actor, head[0], parts[0], parts[1:])
    except AdminError as error:
        await message.reply_text(str(error))
        return
    await message.reply_text(texts.ADDQUIZ_DONE.format(quiz_id=quiz.id, fact_id=quiz.fact_id))


async def on_undo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/undo: revert the caller's own last change."""
    guard = await _admin_message(update, context, "/undo")
    if guard is None:
        return
    message, actor, admin = guard
    try:
        action, fact_ids = admin.undo(actor)
    except AdminError as error:
        await message.reply_text(str(error))
        return
    label = texts.ACTION_LABELS.get(action, action)
    await message.reply_text(texts.UNDO_DONE.format(action=label, facts="، ".join(fact_ids)))


# --- edits with a preview and a confirm button ---------------------------------------------


async def on_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/answer <fact_id> <new answer>: preview, then confirm."""
    guard = await _admin_message(update, context, "/answer")
    if guard is None:
        return
    message, actor, admin = guard
    parts = _arguments(message).split(maxsplit=1)
    if len(parts) != 2:
        await message.reply_text(texts.ANSWER_USAGE)
        return
    try:
        preview, stored = admin.preview_answer(actor, parts[0], parts[1])
    except AdminError as error:
        await message.reply_text(str(error))
        return
    text = texts.ANSWER_PREVIEW.format(
        fact_id=stored.fact.id,
        old=shorten(stored.fact.answer, PREVIEW_ANSWER_MAX),
        new=shorten(parts[1], PREVIEW_ANSWER_MAX),
    )
    await message.reply_text(
        text, reply_markup=confirm_keyboard(preview.pending_id, preview.expected)
    )


async def on_delete_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delfact <fact_id>: preview, then confirm (recoverable with /undo)."""
    guard = await _admin_message(update, context, "/delfact")
    if guard is None:
        return
    message, actor, admin = guard
    fact_id = await _one_fact_id(message, texts.DELFACT_USAGE)
    if fact_id is None:
        return
    try:
        preview, stored = admin.preview_delete(actor, fact_id)
    except AdminError as error:
        await message.reply_text(str(error))
        return
    text = texts.DELFACT_PREVIEW.format(
        fact_id=stored.fact.id,
        question=shorten(stored.fact.questions[0], PREVIEW_QUESTION_MAX),
        answer=shorten(stored.fact.answer, PREVIEW_ANSWER_MAX),
        quizzes=len(stored.quizzes),
    )
    await message.reply_text(
        text, reply_markup=confirm_keyboard(preview.pending_id, preview.expected)
    )


async def on_import(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/import in reply to a JSON document (or as its caption): summary, then confirm."""
    guard = await _admin_message(update, context, "/import")
    if guard is None:
        return
    message, actor, admin = guard
    replied = message.reply_to_message
    document = message.document or (replied.document if replied is not None else None)
    if document is None:
        await message.reply_text(texts.IMPORT_USAGE)
        return
    if document.file_size is not None and document.file_size > IMPORT_MAX_BYTES:
        await message.reply_text(too_big(document.file_size))
        return
    file = await document.get_file()
    data = bytes(await file.download_as_bytearray())
    try:
        preview, plan = admin.preview_import(actor, data)
    except AdminError as error:
        await message.reply_text(str(error))
        return
    await message.reply_text(
        import_summary(plan), reply_markup=confirm_keyboard(preview.pending_id, preview.expected)
    )


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


async def on_pending_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Confirm or cancel a previewed change; refused if what it was made from changed."""
    guard = await _admin_button(update, context)
    query = update.callback_query
    if guard is None or query is None:
        return
    data, actor, admin = guard
    choice = parse_pending(data)
    if choice is None:
        await query.answer(texts.ADMIN_PREVIEW_EXPIRED, show_alert=True)
        return
    await query.answer()
    if not choice.confirmed:
        admin.cancel(actor, choice.pending_id)
        await _edit(update, texts.ADMIN_CANCELLED)
        return
    try:
        done = admin.confirm(actor, choice.pending_id, choice.stamp)
    except AdminError as error:
        await _edit(update, str(error))
        return
    if done.action == store.IMPORT and done.plan is not None:
        await _edit(update, import_done(done.plan))
    elif done.action == store.DELETE_FACT:
        await _edit(update, texts.DELFACT_DONE.format(fact_id=done.fact_id))
    else:
        await _edit(update, texts.ANSWER_DONE.format(fact_id=done.fact_id))


# --- reading -----------------------------------------------------------------------------


async def on_fact(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/fact <fact_id>: the fact with its phrasings and quiz items."""
    guard = await _admin_message(update, context, "/fact")
    if guard is None:
        return
    message, _, admin = guard
    fact_id = await _one_fact_id(message, texts.FACT_USAGE)
    if fact_id is None:
        return
    try:
        stored = admin.fact(fact_id)
    except AdminError as error:
        await message.reply_text(str(error))
        return
    await _reply_long(message, fact_text(stored))


async def on_facts(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/facts [word]: the fact list or a search, ten to a page."""
    guard = await _admin_message(update, context, "/facts")
    if guard is None:
        return
    message, _, admin = guard
    query = normalize(_arguments(message))
    if not fits(facts_page_data(9999, query)):
        await message.reply_text(texts.FACTS_QUERY_TOO_LONG)
        return
    facts = admin.search(query)
    await message.reply_text(
        facts_page(facts, 0, query),
        reply_markup=facts_keyboard(0, page_count(len(facts)), query) if facts else None,
    )


async def on_facts_page(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Next / previous page of /facts."""
    guard = await _admin_button(update, context)
    query = update.callback_query
    if guard is None or query is None:
        return
    data, _, admin = guard
    choice = parse_facts_page(data)
    await query.answer()
    if choice is None:
        return
    facts = admin.search(choice.query)
    pages = page_count(len(facts))
    page = min(choice.page, pages - 1)
    try:
        await query.edit_message_text(
            facts_page(facts, page, choice.query),
            reply_markup=facts_keyboard(page, pages, choice.query),
        )
    except BadRequest as error:
        logger.debug("facts page not edited: %s", error)


async def on_history(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/history <fact_id>: who changed it, when, and what."""
    guard = await _admin_message(update, context, "/history")
    if guard is None:
        return
    message, _, admin = guard
    fact_id = await _one_fact_id(message, texts.HISTORY_USAGE)
    if fact_id is None:
        return
    try:
        entries = admin.history(fact_id)
    except AdminError as error:
        await message.reply_text(str(error))
        return
    await _reply_long(message, history_text(fact_id, entries))


async def on_export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export: the whole base as a JSON document (the `facts export` format)."""
    guard = await _admin_message(update, context, "/export")
    if guard is None:
        return
    message = guard[0]
    db = services_of(context).db
    counts = fact_store.counts(db)
    await message.reply_document(
        document=fact_store.export_json(db).encode("utf-8"),
        filename=EXPORT_FILE_NAME,
        caption=texts.EXPORT_CAPTION.format(facts=counts["facts"], quizzes=counts["quizzes"]),
    )


# --- questions nobody got a good answer to -------------------------------------------------


async def on_unanswered(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unanswered: the most asked questions without a good answer, each with its buttons."""
    guard = await _admin_message(update, context, "/unanswered")
    if guard is None:
        return
    message, _, admin = guard
    items = admin.unanswered(UNANSWERED_SHOWN)
    if not items:
        await message.reply_text(texts.UNANSWERED_NONE)
        return
    await message.reply_text(texts.UNANSWERED_TITLE.format(count=len(items)))
    for item in items:
        await message.reply_text(
            _first_message(
                texts.UNANSWERED_ITEM.format(text=item.question.text, times=item.times)
            ),
            reply_markup=unanswered_keyboard(item.question.id, item.suggestions),
        )


async def on_unanswered_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Attach the question to the chosen fact, or dismiss it."""
    guard = await _admin_button(update, context)
    query = update.callback_query
    if guard is None or query is None:
        return
    data, actor, admin = guard
    choice = parse_unanswered(data)
    if choice is None:
        await query.answer(texts.UNANSWERED_GONE, show_alert=True)
        return
    await query.answer()
    try:
        if choice.fact_id is None:
            text = admin.dismiss_question(choice.question_id)
            reply = texts.UNANSWERED_DISMISSED.format(text=text)
        else:
            attached = admin.attach_question(actor, choice.question_id, choice.fact_id)
            reply = texts.UNANSWERED_ATTACHED.format(text=attached.text, fact_id=attached.fact_id)
    except AdminError as error:
        # The buttons stay, so another fact can still be chosen.
        if isinstance(query.message, Message):
            await query.message.reply_text(str(error))
        return
    await _edit(update, reply)
