"""The HTTP transport for getUpdates: journal each batch, and never lose a batch to one
malformed update.

PTB parses a getUpdates batch in one go; a single update it cannot parse makes it drop
every update in that batch, good ones included. This transport checks each update first
and replaces one that does not parse with a bare {"update_id": N}: it is logged and
skipped, the offset still moves past it, and the rest of the batch is handled.

It also writes the batch to the update journal before PTB sees it, that is before the
next getUpdates acknowledges it (see bot.update_journal).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from telegram import Update

from bot.http_client import AiohttpRequest
from bot.update_journal import UpdateJournal

logger = logging.getLogger(__name__)


def sanitize_batch(updates: list[Any]) -> tuple[list[Any], bool]:
    """The batch with every unparseable update reduced to its id; True if any was."""
    cleaned: list[Any] = []
    changed = False
    for raw in updates:
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        try:
            Update.de_json(raw, None)
            cleaned.append(raw)
        except Exception as error:  # any parsing failure: skip this update only
            changed = True
            logger.warning("skipping malformed update %s: %r", update_id, error)
            if isinstance(update_id, int):
                cleaned.append({"update_id": update_id})
    return cleaned, changed


def sanitize_updates(payload: bytes, journal: UpdateJournal | None = None) -> bytes:
    """The same getUpdates answer, malformed updates reduced to their id, journaled."""
    try:
        body = json.loads(payload)
    except (UnicodeDecodeError, ValueError):
        return payload  # not JSON at all: PTB reports it as a network error
    if not isinstance(body, dict) or not isinstance(body.get("result"), list):
        return payload
    cleaned, changed = sanitize_batch(body["result"])
    if journal is not None and cleaned:
        admitted = journal.admit(cleaned)
        changed = changed or admitted is not cleaned
        cleaned = admitted
    if not changed:
        return payload
    body["result"] = cleaned
    return json.dumps(body).encode()


class SafeUpdatesRequest(AiohttpRequest):
    """The request backend for getUpdates: sanitise and journal each batch before PTB.

    `on_success` is called after every answered getUpdates: polling is alive (the
    container's heartbeat).
    """

    def __init__(
        self,
        *args: Any,
        on_success: Callable[[], None] | None = None,
        journal: UpdateJournal | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._on_success = on_success
        self._journal = journal

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if code == 200 and url.endswith("/getUpdates"):
            payload = sanitize_updates(payload, self._journal)
            if self._on_success is not None:
                self._on_success()
        return code, payload
