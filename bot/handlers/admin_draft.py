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
from bot.admin_input import answer_type_of
from bot.admin_keyboards import (
    DRAFT_DISCARD,
    DRAFT_SAVE,
    DRAFT_TYPE,
    NEW_FACT_PATTERN,
    PREFIX,
    answer_type_keyboard,
    draft_discard_keyboard,
    draft_save_keyboard,
    parse_draft,
    parse_new_fact,
)
from bot.admin_views import PREVIEW_ANSWER_MAX, answer_type_label
from bot.clip import one_line
from bot.handlers.admin_access import AdminCall, admin_only
from knowledge.models import AnswerType
from knowledge.normalize import normalize

# A guided /addfact left alone this long is dropped, so later messages are questions again.
DRAFT_TIMEOUT_SECONDS = 30 * 60
DRAFT_KEY = "admin_draft"
# What to start once the admin agrees to throw the open draft away.
NEXT_KEY = "admin_draft_next"
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
    # The asked question (from /unanswered) the fact is written for.
    question_id: int | None = None


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


def _open_draft(context: ContextTypes.DEFAULT_TYPE) -> Draft | None:
    """The draft being written, if it has anything in it."""
    draft = (context.user_data or {}).get(DRAFT_KEY)
    if isinstance(draft, Draft) and (draft.questions or draft.answer):
        return draft
    return None


async def _ask_to_discard(call: AdminCall, draft: Draft, then: Draft) -> None:
    """A draft is open: ask before throwing it away; `then` is started if the admin agrees."""
    if call.context.user_data is not None:
        call.context.user_data[NEXT_KEY] = then
    await call.reply(
        texts.ADDFACT_DISCARD_ASK.format(count=texts.count(len(draft.questions), "phrasing")),
        reply_markup=draft_discard_keyboard(),
    )


async def _start(call: AdminCall, start: Draft) -> int:
    """Open a new draft: empty, with a first phrasing, or with phrasing and answer."""
    _drop_draft(call.context)
    draft = _draft(call.context)
    draft.questions = list(start.questions)
    draft.answer = start.answer
    draft.question_id = start.question_id
    if draft.answer:
        await call.reply(texts.ADDFACT_TYPE_UNCLEAR, reply_markup=answer_type_keyboard())
        return ANSWER_TYPE
    if draft.questions:
        await call.reply(texts.ADDFACT_START_WITH.format(text=draft.questions[0]))
    else:
        await call.reply(texts.ADDFACT_START)
    return PHRASINGS


@admin_only("/addfact", refused=END)
async def on_add_fact(call: AdminCall) -> int | None:
    """/addfact question | answer at once, or /addfact alone to be guided step by step."""
    rest = call.args
    open_draft = _open_draft(call.context)
    if not rest:
        if open_draft is not None:
            await _ask_to_discard(call, open_draft, Draft())
            return None  # the open draft's step stays
        return await _start(call, Draft())
    parts = [part.strip() for part in rest.split("|")]
    if len(parts) != 2 or not all(parts):
        await call.reply(texts.ADDFACT_USAGE)
        return None if open_draft is not None else END
    answer_type = answer_type_of(parts[0])
    if answer_type is None:
        # The question word does not say what kind of answer this is: ask, with buttons.
        start = Draft([call.admin.check_phrasing(parts[0])], call.admin.check_answer(parts[1]))
        if open_draft is not None:
            await _ask_to_discard(call, open_draft, start)
            return None
        return await _start(call, start)
    fact = call.admin.add_fact(call.actor, [parts[0]], parts[1], answer_type)
    await call.reply(texts.ADDFACT_DONE.format(fact_id=fact.id, question=fact.questions[0]))
    # A fact added in one line leaves an open draft where it was.
    return None if open_draft is not None else END


@admin_only(refused=END, errors_below=True)
async def on_new_fact_button(call: AdminCall) -> int | None:
    """«➕ حقيقة جديدة» under an unanswered question: the guided /addfact, question filled in."""
    assert call.query is not None
    question_id = parse_new_fact(call.data)
    await call.query.answer()
    if question_id is None:
        return END
    text = call.admin.check_phrasing(call.admin.review.question_text(question_id))
    open_draft = _open_draft(call.context)
    if open_draft is not None:
        await _ask_to_discard(call, open_draft, Draft([text], question_id=question_id))
        return None
    return await _start(call, Draft([text], question_id=question_id))


@admin_only(refused=None)
async def on_discard_button(call: AdminCall) -> int | None:
    """Throw the open draft away and start the new one, or keep writing the open one."""
    assert call.query is not None
    parsed = parse_draft(call.data)
    then = (call.context.user_data or {}).pop(NEXT_KEY, None)
    await call.query.answer()
    if parsed is None or parsed[0] != DRAFT_DISCARD or parsed[1] != "1" or then is None:
        await call.edit(texts.ADDFACT_KEPT)
        return None
    await call.edit(texts.ADDFACT_CANCELLED)
    return await _start(call, then)


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
        f"{index}. {one_line(question, PREVIEW_QUESTION_MAX)}"
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
    fact = call.admin.add_fact(
        call.actor,
        draft.questions,
        draft.answer,
        draft.answer_type,
        from_question=draft.question_id,
    )
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
                CommandHandler("addfact", on_add_fact, filters=filters.UpdateType.MESSAGE),
                CallbackQueryHandler(on_new_fact_button, pattern=NEW_FACT_PATTERN),
            ],
            states=states,
            fallbacks=[
                CommandHandler("cancel", on_draft_cancel),
                CallbackQueryHandler(on_discard_button, pattern=rf"^{PREFIX}:{DRAFT_DISCARD}:"),
            ],
            allow_reentry=True,
            conversation_timeout=DRAFT_TIMEOUT_SECONDS,
            name="addfact",
        )
