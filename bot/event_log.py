"""One log line per update: id, kind, chat type, outcome, latency. Never message text.

Handlers say what happened with `note_outcome`; the update processor, which wraps every
update, writes the line when the update is done. A context variable carries the outcome:
handlers run inside the processor's own task, so what they set is seen after they return.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update

from bot.update_order import ChatOrderedUpdateProcessor

logger = logging.getLogger("bot.events")

_outcome: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar(
    "update_outcome", default=None
)


def note_outcome(outcome: str, **details: str) -> None:
    """Record what a handler did with the current update (no personal text, please)."""
    record = _outcome.get()
    if record is not None:
        record["outcome"] = outcome
        record.update(details)


def _kind(update: object) -> str:
    if not isinstance(update, Update):
        return type(update).__name__
    for kind in (
        "message", "edited_message", "channel_post", "callback_query", "inline_query",
        "poll_answer", "poll", "my_chat_member", "chat_member",
    ):  # fmt: skip
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


class LoggingUpdateProcessor(ChatOrderedUpdateProcessor):
    """Updates in order per chat, plus one structured line per update."""

    async def handle(self, update: object, coroutine: Awaitable[Any]) -> None:
        record: dict[str, str] = {"outcome": "ignored"}
        token = _outcome.set(record)
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            _outcome.reset(token)
            latency = (time.perf_counter() - started) * 1000
            chat = update.effective_chat if isinstance(update, Update) else None
            fields = " ".join(f"{key}={value}" for key, value in record.items())
            logger.info(
                "update=%s kind=%s chat=%s %s latency_ms=%.1f",
                update.update_id if isinstance(update, Update) else "-",
                _kind(update),
                chat.type if chat is not None else "-",
                fields,
                latency,
            )
