"""Questions: private text, /ask, group mentions and replies, and their buttons."""

from __future__ import annotations

import logging
import re

from telegram import Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import texts
from bot.delivery import last_call
from bot.english_replies import answer_with_english_html
from bot.event_log import note_outcome
from bot.keyboards import feedback_keyboard, parse_feedback, parse_suggestion
from bot.knowledge_service import CHOICE_TAKEN, CHOICE_UNKNOWN
from bot.question_replies import reply_to_question
from bot.replies import answer_html
from bot.sending import send_answer
from bot.services import services_of
from knowledge.router import is_english

logger = logging.getLogger(__name__)


def _is_group(message: Message) -> bool:
    return message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


async def answer_question(message: Message, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Decide, remember what was asked, and reply (as a reply to the question in groups)."""
    reply = reply_to_question(services_of(context).knowledge, text, message.chat.type)
    note_outcome(reply.outcome, fact=reply.fact_id)
    with last_call():  # its reply is the update's only effect: done as soon as it is sent
        await send_answer(message, reply.html, reply_markup=reply.markup, quote=_is_group(message))


async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any text in a private chat is a question."""
    message = update.effective_message
    if message is not None and message.text is not None:
        await answer_question(message, context, message.text)


async def on_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask <question>, in private chats and groups (also as /ask@BotName)."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    parts = message.text.split(maxsplit=1)
    question = parts[1] if len(parts) == 2 else ""
    if not question.strip():
        await message.reply_text(texts.ASK_USAGE, do_quote=_is_group(message))
        return
    await answer_question(message, context, question)


def _addressed_text(message: Message, bot_id: int, username: str) -> str | None:
    """The question in a group message addressed to the bot, or None if not addressed."""
    text = message.text or ""
    mention = re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE)
    if username and mention.search(text):
        return mention.sub(" ", text).strip()
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return text
    return None


async def on_group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only a mention of the bot or a reply to one of its messages."""
    message = update.effective_message
    if message is None:
        return
    text = _addressed_text(message, context.bot.id, context.bot.username or "")
    if text is not None:
        await answer_question(message, context, text)


async def on_private_other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice notes...: say that only text questions are understood."""
    message = update.effective_message
    if message is not None:
        with last_call():
            await message.reply_text(texts.NOT_TEXT)


async def on_suggestion(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A "did you mean" button: send that answer and remember the choice."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    choice = parse_suggestion(query.data)
    services = services_of(context)
    fact = services.knowledge.engine.fact(choice.fact_id) if choice else None
    if choice is None or fact is None:
        await query.answer(texts.SUGGESTION_EXPIRED, show_alert=True)
        return
    taken = services.knowledge.record_choice(choice.question_id, choice.fact_id)
    if taken == CHOICE_UNKNOWN:
        await query.answer(texts.SUGGESTION_EXPIRED, show_alert=True)
        return
    if taken == CHOICE_TAKEN:
        # One answer per "did you mean" message, however often (and by whom) it is pressed.
        await query.answer(texts.SUGGESTION_ALREADY_ANSWERED)
        return
    await query.answer()
    note_outcome("suggestion_chosen", fact=fact.id)
    message = query.message
    if isinstance(message, Message):
        # A "did you mean" under an English question is answered with the English rendering.
        english = is_english(message.text or "")
        body = (
            answer_with_english_html(fact, services.knowledge.english)
            if english
            else answer_html(fact)
        )
        with last_call():  # the chosen answer is the update's last effect
            await send_answer(
                message,
                body,
                reply_markup=feedback_keyboard(choice.question_id),
                quote=_is_group(message),
            )


async def on_feedback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Useful / not useful: store it, thank the user, and remove the buttons."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    feedback = parse_feedback(query.data)
    services = services_of(context)
    if feedback is None or not services.knowledge.record_feedback(
        feedback.question_id, feedback.useful
    ):
        await query.answer(texts.SUGGESTION_EXPIRED, show_alert=True)
        return
    note_outcome("feedback", useful=str(feedback.useful).lower())
    await query.answer(texts.FEEDBACK_USEFUL if feedback.useful else texts.FEEDBACK_NOT_USEFUL)
    try:
        await query.edit_message_reply_markup(reply_markup=None)
    except BadRequest as error:
        # Two quick presses: the second finds the buttons already gone.
        logger.debug("feedback buttons already removed: %s", error)
