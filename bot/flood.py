"""Per-user flood limits on commands and button presses.

Each user has a bucket of FLOOD_BURST tokens that refills one token every
FLOOD_REFILL_SECONDS; a command or a button press takes one. An empty bucket means the
update is dropped before any handler runs; the user is told once per empty spell.
Free-text questions are not limited here (the rate limiter and Telegram pace replies).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import texts

logger = logging.getLogger(__name__)

# Twelve quick commands or presses pass; then one every three seconds.
FLOOD_BURST = 12
FLOOD_REFILL_SECONDS = 3.0
# Users idle this long are forgotten, so the table stays small.
IDLE_FORGET_SECONDS = 600.0
PRUNE_ABOVE = 10_000
GUARD_KEY = "flood_guard"


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float
    warned: bool = False


class FloodGuard:
    """Token buckets by user id; `clock` is injectable for tests."""

    def __init__(
        self,
        burst: int = FLOOD_BURST,
        refill_seconds: float = FLOOD_REFILL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.refill_seconds = refill_seconds
        self.clock = clock
        self._buckets: dict[int, _Bucket] = {}

    def take(self, user_id: int) -> tuple[bool, bool]:
        """(allowed, warn): warn is True on the first refusal of an empty spell."""
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) > PRUNE_ABOVE:
                self._prune(now)
            bucket = self._buckets[user_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(
            float(self.burst), bucket.tokens + (now - bucket.at) / self.refill_seconds
        )
        bucket.at = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return True, False
        warn = not bucket.warned
        bucket.warned = True
        return False, warn

    def _prune(self, now: float) -> None:
        idle = [uid for uid, b in self._buckets.items() if now - b.at > IDLE_FORGET_SECONDS]
        for user_id in idle:
            del self._buckets[user_id]


def _limited(update: Update) -> bool:
    """Commands and button presses count; questions, poll answers and the rest do not."""
    if update.callback_query is not None:
        return True
    message = update.message
    return bool(message is not None and message.text and message.text.startswith("/"))


def guard_of(context: ContextTypes.DEFAULT_TYPE) -> FloodGuard:
    guard = context.bot_data.get(GUARD_KEY)
    if not isinstance(guard, FloodGuard):
        guard = context.bot_data[GUARD_KEY] = FloodGuard()
    return guard


async def check_flood(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler: stop a user's command or press past the limit."""
    if not isinstance(update, Update) or not _limited(update):
        return
    user = update.effective_user
    if user is None:
        return
    allowed, warn = guard_of(context).take(user.id)
    if allowed:
        return
    logger.info("flood limit: update %s from user %s dropped", update.update_id, user.id)
    if warn:
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(texts.FLOOD_SLOW_DOWN, show_alert=True)
            elif update.message is not None:
                await update.message.reply_text(texts.FLOOD_SLOW_DOWN)
        except TelegramError as error:
            logger.warning("could not tell user %s to slow down: %s", user.id, error)
    elif update.callback_query is not None:
        # Told once already; still acknowledge the press, or the button spins for a while.
        try:
            await update.callback_query.answer()
        except TelegramError as error:
            logger.warning("could not acknowledge a dropped press of user %s: %s", user.id, error)
    raise ApplicationHandlerStop
