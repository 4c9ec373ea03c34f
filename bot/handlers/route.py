"""The route map: /map and the «map» button under answers about places and the route."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import texts
from bot.keyboards import MAP_CALLBACK_ENGLISH
from bot.services import services_of

logger = logging.getLogger(__name__)


async def _send_map(
    message: Message, context: ContextTypes.DEFAULT_TYPE, *, english: bool = False
) -> None:
    """Send the picture into the message's chat (and forum topic)."""
    sender = services_of(context).route_map
    thread_id = message.message_thread_id if message.is_topic_message else None
    try:
        await sender.send(context.bot, message.chat_id, thread_id=thread_id, english=english)
    except TelegramError:
        logger.warning("route map could not be sent", exc_info=True)
        await message.reply_text(texts.MAP_UNAVAILABLE)


async def on_map(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/map: send the route map."""
    if update.effective_message is not None:
        await _send_map(update.effective_message, context)


async def on_map_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The map button under an answer: send the map into that chat."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if isinstance(query.message, Message):
        # Under an English answer the caption also has its English line.
        english = query.data == MAP_CALLBACK_ENGLISH
        await _send_map(query.message, context, english=english)
