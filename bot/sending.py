"""Sending one message where a caller needs to know it went out.

Retrying lives in one place, the delivery policy every Bot API call goes through
(`bot.delivery.DeliveryPolicy`): it waits out a chat's 429, retries 5xx answers and lost
connections for about two minutes, and never retries a 400 (BadRequest), which would fail
the same way every time. This wrapper therefore calls once; it stays so that callers read
as what they mean, and so that a policy-less bot (a bare PTB Bot) behaves the same way.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.transport import sent_message_unused
from knowledge.models import TELEGRAM_MESSAGE_MAX

logger = logging.getLogger(__name__)

T = TypeVar("T")


async def send_reliably(send: Callable[[], Awaitable[T]]) -> T:
    """Make the call once; the delivery policy has already retried what can be retried.

    BadRequest, Forbidden and a read timeout on a poll (which may have been delivered)
    reach the caller at once, to be handled where they happen.
    """
    return await send()


_TAG = re.compile(r"<[^>]+>")
# Telegram's descriptions of a 400 that the same request would meet again.
_TOO_LONG = ("too long",)
_BAD_HTML = ("can't parse entities", "unsupported start tag", "can't find end tag")
_NO_RIGHTS = ("not enough rights", "have no rights", "chat_write_forbidden", "need administrator")


def _plain(html_text: str) -> str:
    return html.unescape(_TAG.sub("", html_text))


def _fit(text: str) -> str:
    if len(text) <= TELEGRAM_MESSAGE_MAX:
        return text
    return text[: TELEGRAM_MESSAGE_MAX - 1].rstrip() + "…"


def _says(error: BadRequest, phrases: tuple[str, ...]) -> bool:
    description = error.message.lower()
    return any(phrase in description for phrase in phrases)


def lacks_rights(error: BaseException | None) -> bool:
    """A 400 saying the bot may not write in the chat: no apology can go out either."""
    return isinstance(error, BadRequest) and _says(error, _NO_RIGHTS)


async def send_answer(
    message: Message,
    html_text: str,
    *,
    reply_markup: InlineKeyboardMarkup | None = None,
    quote: bool = False,
) -> bool:
    """Send an answer to `message`'s chat, handling each 400 where it happens.

    - the question was deleted meanwhile: the answer goes out without quoting it;
    - the text is over Telegram's limit, or its HTML is refused: its plain text goes out,
      cut to the limit;
    - the bot may not write in this chat: nothing can be sent, not even an apology; logged.
    Returns whether it was sent. The sent message is not read back (sent_message_unused).
    """
    with sent_message_unused():
        try:
            await message.reply_text(
                html_text,
                parse_mode=ParseMode.HTML,
                reply_markup=reply_markup,
                do_quote=quote,
                allow_sending_without_reply=True,
            )
            return True
        except BadRequest as error:
            if _says(error, _NO_RIGHTS):
                logger.warning("chat %s: no right to answer (%s)", message.chat_id, error.message)
                return False
            if not _says(error, _TOO_LONG + _BAD_HTML):
                raise
            logger.warning("chat %s: answer refused (%s); sent as plain text", message.chat_id,
                           error.message)  # fmt: skip
        await message.reply_text(
            _fit(_plain(html_text)),
            reply_markup=reply_markup,
            do_quote=quote,
            allow_sending_without_reply=True,
        )
    return True
