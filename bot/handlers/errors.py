"""One error handler: log the failing update by id, apologise only when a reply failed."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import ContextTypes

from bot import texts
from bot.delivery import Interrupted
from bot.event_log import note_outcome
from bot.sending import lacks_rights

logger = logging.getLogger(__name__)

# The answer already had its ~2 minutes of retries; the apology gets one short try.
APOLOGY_RETRY_SECONDS = 5.0


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Never let one update stop the bot; never send an apology beside an answer."""
    update_id = update.update_id if isinstance(update, Update) else None
    error = context.error
    if isinstance(error, Interrupted):
        # Shutting down: the update stays in the journal and is handled after the restart.
        logger.info("update %s interrupted by shutdown", update_id)
        return
    note_outcome("error", error=type(error).__name__)
    if isinstance(error, TimedOut):
        # Telegram may have delivered the answer after all: an apology could sit beside it.
        logger.error("update %s: reply timed out (%s)", update_id, error)
        return
    if isinstance(error, RetryAfter):
        # The chat is blocked by its own flood limit: an apology could not go out either.
        logger.error("update %s: flood limit outlasted the retries: %s", update_id, error)
        return
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        logger.error("update %s: reply failed after retries: %s", update_id, error)
    elif isinstance(error, Forbidden) or lacks_rights(error):
        logger.warning("update %s: the bot may not write here: %s", update_id, error)
        return
    else:
        logger.error("update %s failed", update_id, exc_info=error)
    if not isinstance(update, Update):
        return
    try:
        # DEFAULT_TYPE's bot types rate_limit_args as None; DeliveryPolicy reads this dict.
        budget = {"retry_budget": APOLOGY_RETRY_SECONDS}
        if update.callback_query is not None:
            await context.bot.answer_callback_query(
                update.callback_query.id,
                texts.ERROR_APOLOGY,
                show_alert=True,
                rate_limit_args=budget,  # type: ignore[arg-type]
            )
        elif update.message is not None:
            await context.bot.send_message(
                update.message.chat_id,
                texts.ERROR_APOLOGY,
                rate_limit_args=budget,  # type: ignore[arg-type]
            )
    except (TelegramError, Interrupted) as apology_error:
        logger.warning("could not apologise for update %s: %s", update_id, apology_error)
