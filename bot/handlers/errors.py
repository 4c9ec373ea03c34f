"""One error handler: log the failing update by id, apologise where a reply is possible."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import texts
from bot.event_log import note_outcome

logger = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Never let one update stop the bot."""
    update_id = update.update_id if isinstance(update, Update) else None
    note_outcome("error", error=type(context.error).__name__)
    logger.error("update %s failed", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(texts.ERROR_APOLOGY, show_alert=True)
        elif update.effective_message is not None and update.message is not None:
            await update.effective_message.reply_text(texts.ERROR_APOLOGY)
    except TelegramError as error:
        logger.warning("could not apologise for update %s: %s", update_id, error)
