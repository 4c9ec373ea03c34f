"""getUpdates: journal each batch, and never lose a batch to one malformed update.

PTB parses a getUpdates batch in one go; a single update it cannot parse makes it drop
every update in that batch, good ones included. `SafeBot` parses each update on its own
instead: one that does not parse is logged and becomes a bare {"update_id": N}, skipped,
the offset still moves past it, and the rest of the batch is handled. Each update is
parsed once, as PTB would parse it.

The transport writes the batch to the update journal before the bot sees it, that is
before the next getUpdates acknowledges it (see bot.update_journal).
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

from telegram import Bot, Update
from telegram.ext import ExtBot
from telegram.request import BaseRequest

from bot.http_client import AiohttpRequest
from bot.update_journal import UpdateJournal

logger = logging.getLogger(__name__)
_SKIPPING = "skipping malformed update %s: %r"
# Set while a message goes out whose sent copy nobody reads (see sent_message_unused).
_SENT_UNUSED: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "sent_message_unused", default=False
)


@contextlib.contextmanager
def sent_message_unused() -> Iterator[None]:
    """sendMessage calls inside return True instead of the sent Message: building that
    Message from Telegram's answer (with its keyboard) costs more than the rest of sending
    a reply. Errors are raised as ever; only a success is reported without its copy."""
    token = _SENT_UNUSED.set(True)
    try:
        yield
    finally:
        _SENT_UNUSED.reset(token)


def parse_update(raw: Any, bot: Bot | None) -> Update | None:
    """The update, or a bare one with its id when it does not parse (logged); None when it
    has no id either."""
    try:
        return Update.de_json(raw, bot)
    except Exception as error:  # any parsing failure: skip this update only
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        logger.warning(_SKIPPING, update_id, error)
        return (
            Update.de_json({"update_id": update_id}, bot) if isinstance(update_id, int) else None
        )


def parse_batch(updates: list[Any], bot: Bot | None) -> tuple[Update, ...]:
    """Each update parsed on its own (parse_update), in order."""
    parsed = (parse_update(raw, bot) for raw in updates)
    return tuple(update for update in parsed if update is not None)


def parse_checked(raw: dict[str, Any], bot: Bot | None) -> tuple[Update, dict[str, Any]]:
    """The update parsed once, and what to journal for it: the update as sent, or only its
    id when it does not parse (logged). The webhook's check; `raw` has an integer id."""
    try:
        return Update.de_json(raw, bot), raw
    except Exception as error:  # any parsing failure: skip this update only
        logger.warning(_SKIPPING, raw.get("update_id"), error)
        stub = {"update_id": raw["update_id"]}
        return Update.de_json(stub, bot), stub


def journal_batch(
    payload: bytes, journal: UpdateJournal | None = None
) -> tuple[bytes, dict[str, Any] | None]:
    """The same getUpdates answer, journaled (updates already journaled become stubs), and
    its decoded JSON (None when it was not decoded): PTB need not decode the bytes again."""
    if journal is None:
        return payload, None
    try:
        # Strict UTF-8, as PTB's decoding of a valid answer: the result is what PTB would get.
        body = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return payload, None  # not JSON at all: PTB reports it as a network error
    if not isinstance(body, dict) or not isinstance(body.get("result"), list):
        return payload, None
    updates = body["result"]
    admitted = journal.admit(updates) if updates else updates
    if admitted is updates:
        return payload, body
    body["result"] = admitted
    return json.dumps(body).encode(), body


class SafeBot(ExtBot[Any]):
    """PTB's bot, with the updates of a getUpdates batch parsed one by one (parse_batch).

    PTB's own get_updates runs unchanged (its request, timeouts and logging); only the list
    it would parse in one go is taken here and parsed update by update. A sendMessage made
    under sent_message_unused() returns True instead of the sent Message.
    """

    __slots__ = ("_fetched",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._fetched: list[Any] = []

    async def _post(self, endpoint: str, *args: Any, **kwargs: Any) -> Any:
        result = await super()._post(endpoint, *args, **kwargs)
        if endpoint == "getUpdates" and isinstance(result, list):
            self._fetched = result
            return []  # PTB parses nothing: get_updates parses the batch one by one
        if endpoint == "sendMessage" and isinstance(result, dict) and _SENT_UNUSED.get():
            return True  # PTB's send path passes True on as it is, building no Message
        return result

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        self._fetched = []
        await super().get_updates(*args, **kwargs)
        fetched, self._fetched = self._fetched, []
        updates = parse_batch(fetched, self)
        for update in updates:
            self.insert_callback_data(update)
        return updates


class SafeUpdatesRequest(AiohttpRequest):
    """The request backend for getUpdates: journal each batch before the bot parses it.

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
        # The last journaled answer and its decoded JSON (see parse_json_payload).
        self._decoded: tuple[bytes, dict[str, Any]] | None = None

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if code == 200 and url.endswith("/getUpdates"):
            payload, body = journal_batch(payload, self._journal)
            self._decoded = (payload, body) if body is not None else None
            if self._on_success is not None:
                self._on_success()
        return code, payload

    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        """The answer journal_batch already decoded (the very same bytes), else PTB's own
        decoding. PTB calls this right after do_request returns, with no await between, so
        the slot holds that answer; the identity check guards anything else."""
        decoded, self._decoded = self._decoded, None
        if decoded is not None and decoded[0] is payload:
            return decoded[1]
        return BaseRequest.parse_json_payload(payload)


class SendingRequest(AiohttpRequest):
    """The request backend for everything but getUpdates: a sendMessage answered with
    success under sent_message_unused() is not decoded from JSON, since nobody reads the
    sent copy (SafeBot returns True for it). Telegram's answer repeats the whole message with
    its entities and buttons; decoding it cost more than a fifth of sending the reply.
    An error answer is decoded as ever: its description decides what the sender does."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The last success whose sent copy nobody reads (see do_request).
        self._unread: bytes | None = None

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if 200 <= code <= 299 and _SENT_UNUSED.get() and url.endswith("/sendMessage"):
            self._unread = payload
        return code, payload

    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        """A success nobody reads (see do_request) as an empty result, else PTB's decoding.
        PTB calls this right after do_request returns a success, with no await between, so
        the slot holds that answer; the identity check guards anything else."""
        unread, self._unread = self._unread, None
        if unread is not None and unread is payload:
            return {"result": {}}  # PTB reads "result" of a success
        return BaseRequest.parse_json_payload(payload)
