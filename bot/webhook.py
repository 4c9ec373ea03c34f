"""The webhook server: Telegram's calls checked, bounded in size, journaled before the 200.

PTB's own webhook server (tornado) reads a whole request body before it looks at the
secret token, up to 100 MB: a 60 MB POST without the secret costs 60 MB of memory. Here
the secret is checked from the headers first, and a body is read only up to
MAX_UPDATE_BYTES; anything else is refused and its connection closed unread.

The 200 answer is Telegram's acknowledgement, so the update is journaled before it (see
bot.update_journal): a crash right after it loses nothing.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.transport import parse_checked
from bot.update_journal import UpdateJournal

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# A Telegram update is a few kilobytes (4,096 characters of text and their entities at
# most); 1 MiB leaves a wide margin and bounds what one request can cost.
MAX_UPDATE_BYTES = 1024 * 1024


def _refuse(status: int) -> web.Response:
    """Answer without reading the body, and close the connection so it is never read."""
    response = web.Response(status=status)
    response.force_close()
    return response


class WebhookServer:
    """Receives Telegram's webhook calls on `listen:port/path` and queues the updates."""

    def __init__(
        self,
        application: Application,
        *,
        listen: str,
        port: int,
        path: str,
        secret_token: str,
        journal: UpdateJournal | None,
        on_delivery: Callable[[], None] | None = None,
        max_bytes: int = MAX_UPDATE_BYTES,
    ) -> None:
        self._application = application
        self._listen = listen
        self._port = port
        self._path = "/" + path.strip("/")
        self._secret = secret_token.encode()
        self._journal = journal
        self._on_delivery = on_delivery
        self._max_bytes = max_bytes
        self._runner: web.AppRunner | None = None
        self.refused = 0

    @property
    def port(self) -> int:
        """The bound port (useful when 0 asked for any free one)."""
        if self._runner is None or not self._runner.addresses:
            raise RuntimeError("the webhook server is not running")
        return int(self._runner.addresses[0][1])

    async def start(self) -> None:
        app = web.Application(client_max_size=self._max_bytes)
        app.router.add_post(self._path, self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        await web.TCPSite(runner, self._listen, self._port).start()
        self._runner = runner
        logger.info("webhook listening on %s:%d%s", self._listen, self.port, self._path)

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            self.refused += 1
            return _refuse(403)
        if request.content_length is not None and request.content_length > self._max_bytes:
            self.refused += 1
            logger.warning("webhook: refused a %d-byte request", request.content_length)
            return _refuse(413)
        try:
            body = await request.read()  # chunked bodies stop at client_max_size
            raw: Any = json.loads(body)
        except web.HTTPRequestEntityTooLarge:
            self.refused += 1
            return _refuse(413)
        except ValueError:
            return web.Response(status=400, text="not JSON")
        if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
            return web.Response(status=400, text="not an update")
        update, stored = parse_checked(raw, self._application.bot)
        if self._journal is not None:
            admitted = self._journal.admit([stored])[0]
            if admitted is not stored:  # journaled before: the marked stub, not handled again
                update = Update.de_json(admitted, self._application.bot)
        await self._application.update_queue.put(update)
        if self._on_delivery is not None:
            self._on_delivery()
        return web.Response(status=200)
