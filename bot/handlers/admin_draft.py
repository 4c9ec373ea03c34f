"""/addfact: a new fact in one line, or step by step in a guided conversation."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

from telegram import Update
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
    draft_save_keyboard,
    parse_draft,
)
from bot.admin_views import PREVIEW_ANSWER_MAX, answer_type_label, shorten
from bot.handlers.admin_access import AdminCall, admin_only
from knowledge.models import AnswerType
from knowledge.normalize import normalize

# A guided /addfact left alone this long is dropped, so later messages are questions again.
DRAFT_TIMEOUT_SECONDS = 30 * 60
DRAFT_KEY = "admin_draft"
PHRASINGS, ANSWER, ANSWER_TYPE, SAVE = range(4)
PREVIEW_QUESTIONS_SHOWN = 15
PREVIEW_QUESTION_MAX = 100
END = ConversationHandler.END


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


@admin_only("/addfact", refused=END)
async def on_add_fact(call: AdminCall) -> int:
    """/addfact question | answer at once, or /addfact alone to be guided step by step."""
    rest = call.args
    if not rest:
        _drop_draft(call.context)
        _draft(call.context)
        await call.reply(texts.ADDFACT_START)
        return PHRASINGS
    parts = [part.strip() for part in rest.split("|")]
    if len(parts) != 2 or not all(parts):
        await call.reply(texts.ADDFACT_USAGE)
        return END
    fact = call.admin.add_fact(call.actor, [parts[0]], parts[1], AnswerType.THING)
    await call.reply(texts.ADDFACT_DONE.format(fact_id=fact.id, question=fact.questions[0]))
    return END


@admin_only("/addfact", refused=PHRASINGS)
async def on_draft_text(call: AdminCall) -> int:
    """A phrasing of the new fact, or «تم» to move on to the answer."""
    text = call.message.text if call.message is not None else None
    if text is None:
        return PHRASINGS
    if normalize(text) in {normalize(word) for word in texts.ADDFACT_DONE_WORDS}:
        return await _phrasings_done(call)
    draft = _draft(call.context)
    phrasing = call.admin.check_phrasing(text)
    if normalize(phrasing) in {normalize(question) for question in draft.questions}:
        await call.reply(texts.ADMIN_PHRASING_REPEATED.format(text=phrasing))
        return PHRASINGS
    draft.questions.append(phrasing)
    await call.reply(texts.ADDFACT_PHRASING_ADDED.format(count=len(draft.questions)))
    return PHRASINGS


async def _phrasings_done(call: AdminCall) -> int:
    if not _draft(call.context).questions:
        await call.reply(texts.ADDFACT_NEED_PHRASING)
        return PHRASINGS
    await call.reply(texts.ADDFACT_ASK_ANSWER)
    return ANSWER


@admin_only("/done", refused=PHRASINGS)
async def on_draft_done(call: AdminCall) -> int:
    """/done (or «تم»): the phrasings are complete; ask for the answer."""
    return await _phrasings_done(call)


@admin_only("/addfact", refused=ANSWER)
async def on_draft_answer(call: AdminCall) -> int:
    """The answer of the new fact; then its type, with buttons."""
    text = call.message.text if call.message is not None else None
    if text is None:
        return ANSWER
    _draft(call.context).answer = call.admin.check_answer(text)
    await call.reply(texts.ADDFACT_ASK_TYPE, reply_markup=answer_type_keyboard())
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


@admin_only(refused=END)
async def on_draft_type(call: AdminCall) -> int:
    """An answer-type button: show the whole fact with save / cancel buttons."""
    assert call.query is not None
    parsed = parse_draft(call.data)
    if parsed is None or parsed[0] != DRAFT_TYPE or parsed[1] not in set(AnswerType):
        await call.query.answer(texts.ADMIN_PREVIEW_EXPIRED, show_alert=True)
        return ANSWER_TYPE
    await call.query.answer()
    draft = _draft(call.context)
    draft.answer_type = AnswerType(parsed[1])
    await call.edit(f"{texts.ADDFACT_ASK_TYPE} {answer_type_label(draft.answer_type.value)}")
    await call.reply(_draft_preview(draft), reply_markup=draft_save_keyboard())
    return SAVE


@admin_only(refused=END)
async def on_draft_save(call: AdminCall) -> int:
    """Save or drop the new fact."""
    assert call.query is not None
    parsed = parse_draft(call.data)
    await call.query.answer()
    draft = _draft(call.context)
    _drop_draft(call.context)
    if parsed is None or parsed[0] != DRAFT_SAVE or parsed[1] != "1":
        await call.edit(texts.ADDFACT_CANCELLED)
        return END
    fact = call.admin.add_fact(call.actor, draft.questions, draft.answer, draft.answer_type)
    await call.edit(texts.ADDFACT_DONE.format(fact_id=fact.id, question=fact.questions[0]))
    return END


async def on_draft_cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    """/cancel at any step: nothing is saved."""
    _drop_draft(context)
    if update.effective_message is not None:
        await update.effective_message.reply_text(texts.ADDFACT_CANCELLED)
    return END


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


def add_fact_conversation() -> ConversationHandler:
    """The guided /addfact: phrasings, answer, answer type (buttons), preview, save."""
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND
    states: dict[object, list[BaseHandler]] = {
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
