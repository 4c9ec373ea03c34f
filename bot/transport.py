"""The HTTP transport for getUpdates: one malformed update must not sink its whole batch.

PTB parses a getUpdates batch in one go; a single update it cannot parse makes it drop
every update in that batch, good ones included. This transport checks each update first
and replaces one that does not parse with a bare {"update_id": N}: it is logged and
skipped, the offset still moves past it, and the rest of the batch is handled.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update

from bot.http_client import AiohttpRequest

logger = logging.getLogger(__name__)


def sanitize_updates(payload: bytes) -> bytes:
    """The same getUpdates answer with every unparseable update reduced to its id."""
    try:
        body = json.loads(payload)
    except (UnicodeDecodeError, ValueError):
        return payload  # not JSON at all: PTB reports it as a network error
    if not isinstance(body, dict) or not isinstance(body.get("result"), list):
        return payload
    cleaned: list[Any] = []
    changed = False
    for raw in body["result"]:
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        try:
            Update.de_json(raw, None)
            cleaned.append(raw)
        except Exception as error:  # any parsing failure: skip this update only
            changed = True
            logger.warning("skipping malformed update %s: %r", update_id, error)
            if isinstance(update_id, int):
                cleaned.append({"update_id": update_id})
    if not changed:
        return payload
    body["result"] = cleaned
    return json.dumps(body).encode()


class SafeUpdatesRequest(AiohttpRequest):
    """The request backend for getUpdates that sanitises each batch before PTB parses it.

    `on_success` is called after every answered getUpdates: polling is alive (the
    container's heartbeat).
    """

    def __init__(
        self, *args: Any, on_success: Callable[[], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._on_success = on_success

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if code == 200 and url.endswith("/getUpdates"):
            payload = sanitize_updates(payload)
            if self._on_success is not None:
                self._on_success()
        return code, payload
