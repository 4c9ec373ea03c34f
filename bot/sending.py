"""Sending one message where a caller needs to know it went out.

Retrying lives in one place, the delivery policy every Bot API call goes through
(`bot.delivery.DeliveryPolicy`): it waits out a chat's 429, retries 5xx answers and lost
connections for about two minutes, and never retries a 400 (BadRequest), which would fail
the same way every time. This wrapper therefore calls once; it stays so that callers read
as what they mean, and so that a policy-less bot (a bare PTB Bot) behaves the same way.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def send_reliably(send: Callable[[], Awaitable[T]]) -> T:
    """Make the call once; the delivery policy has already retried what can be retried.

    BadRequest, Forbidden and a read timeout on a poll (which may have been delivered)
    reach the caller at once, to be handled where they happen.
    """
    return await send()
