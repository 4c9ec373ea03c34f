"""Sending that survives flood limits and transient server errors, and never doubles."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram.error import NetworkError, RetryAfter, TimedOut

logger = logging.getLogger(__name__)

T = TypeVar("T")
ATTEMPTS = 8
MAX_BACKOFF_SECONDS = 30.0


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


async def send_reliably(
    send: Callable[[], Awaitable[T]], *, attempts: int = ATTEMPTS, backoff: float = 1.0
) -> T:
    """Call `send` until it succeeds: wait out 429s, back off on 5xx and lost connections.

    A read timeout is not retried: Telegram may have delivered the message already, and
    a quiz question sent twice is worse than one that is skipped.
    """
    for attempt in range(1, attempts + 1):
        try:
            return await send()
        except RetryAfter as error:
            if attempt == attempts:
                raise
            delay = _seconds(error.retry_after)
        except TimedOut:
            raise
        except NetworkError as error:
            if attempt == attempts:
                raise
            delay = min(backoff * 2 ** (attempt - 1), MAX_BACKOFF_SECONDS)
            logger.warning("send failed (attempt %d/%d): %s", attempt, attempts, error)
        await asyncio.sleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")
