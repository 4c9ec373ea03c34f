"""What a quiz owes a chat (its announcement, its summary, a note that it stopped): written
down, then sent.

A summary used to exist only in the coroutine sending it, after the run was already marked
ended: SIGTERM during a back-off, or a crash, lost it for good. Now each such message is
stored first (in the transaction that starts or ends the run, for an announcement or a
summary), sent, and crossed out in the same step as Telegram's answer returns, with no
await in between; the restart sends whatever is left (`send_owed`). So it goes out once:
only a crash while Telegram's answer is on its way back could repeat it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum

from sqlite_utils import Database
from telegram import Bot, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.delivery import Interrupted, handed_over
from db import quiz_endings as owed
from db.quiz import iso

logger = logging.getLogger(__name__)

# A note (a quiz starting, stopped by an error) still owed after a restart is sent only if
# it is this fresh: later it would speak of a moment long past. Summaries are always sent.
NOTE_FRESH_FOR = timedelta(hours=1)


class Delivery(Enum):
    SENT = "sent"
    DROPPED = "dropped"  # refused for good, or out of retries: crossed out
    KEPT = "kept"  # the bot is stopping: the restart sends it


class QuizOutbox:
    """Sends the messages a quiz owes; keeps those a shutdown interrupted for the restart."""

    def __init__(self, db: Database, bot: Callable[[], Bot]) -> None:
        self._db = db
        self._bot = bot

    def owe(
        self,
        chat_id: int,
        thread_id: int | None,
        text: str,
        now: datetime,
        *,
        html: bool = False,
        lasting: bool = False,
        run_id: int | None = None,
        reply_to: int | None = None,
    ) -> owed.OwedMessage:
        """Write a message down, to be sent by `send` (inside the caller's transaction);
        `reply_to`: the message it answers (sent without it if that one is gone)."""
        return owed.owe_message(
            self._db, chat_id=chat_id, thread_id=thread_id, text=text, html=html,
            lasting=lasting, now=iso(now), run_id=run_id, reply_to=reply_to,
        )  # fmt: skip

    async def send(self, message: owed.OwedMessage) -> Delivery:
        """Send an owed message: sent, dropped (it can never go out), or kept for the
        restart (the bot is stopping)."""
        mode = ParseMode.HTML if message.html else None
        reply = (
            ReplyParameters(message.reply_to, allow_sending_without_reply=True)
            if message.reply_to is not None
            else None
        )
        try:
            await self._bot().send_message(
                message.chat_id, message.text, parse_mode=mode,
                message_thread_id=message.thread_id, reply_parameters=reply,
            )  # fmt: skip
        except Interrupted:
            # The bot is stopping: the message stays written down and the restart sends
            # it, so the update that asked for it need not be handled again.
            handed_over()
            logger.info("quiz message to %d kept for the restart", message.chat_id)
            return Delivery.KEPT
        except TelegramError as error:
            # Refused (no rights, the topic gone) or out of retries: it cannot go out.
            logger.warning("quiz message to %d not sent: %s", message.chat_id, error)
            owed.settle_message(self._db, message.id)
            return Delivery.DROPPED
        owed.settle_message(self._db, message.id)
        return Delivery.SENT

    async def say(
        self, chat_id: int, thread_id: int | None, text: str, now: datetime, *, html: bool = False
    ) -> bool:
        """Write a note down and send it at once; whether it went out."""
        delivery = await self.send(self.owe(chat_id, thread_id, text, now, html=html))
        return delivery is Delivery.SENT

    async def send_owed(self, now: datetime) -> None:
        """At start-up: send, oldest first, what the last run of the bot could not."""
        for message in owed.owed_messages(self._db):
            written = datetime.fromisoformat(message.created_at)
            if not message.lasting and now - written > NOTE_FRESH_FOR:
                logger.info("quiz note to %d dropped: too old to send", message.chat_id)
                owed.settle_message(self._db, message.id)
                continue
            if await self.send(message) is Delivery.KEPT:
                return  # stopping again: the rest waits for the next start, in order
