"""The fake Bot API's HTTP server: routes, parameter decoding, call recording, the facade.

``LocalBotApi`` joins the parts: the state (state.py), the methods (methods.py), the users'
updates (factories.py) and fault injection (faults.py), served by aiohttp on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from collections.abc import Callable
from typing import Any, Self

from aiohttp import web

from fake_bot_api.common import (
    DEFAULT_TOKEN,
    HOST,
    INT_RE,
    JSON,
    ApiError,
    RecordedCall,
    UploadedFile,
)
from fake_bot_api.factories import UpdateFactories
from fake_bot_api.faults import FaultInjection
from fake_bot_api.methods import BotMethods

_LOGGER = logging.getLogger(__name__)

_MAX_BODY = 64 * 1024 * 1024


# PTB form-encodes these as JSON strings; everything else that is not a str is a scalar.
_JSON_FIELDS = frozenset(
    {
        "allowed_updates",
        "button",
        "caption_entities",
        "commands",
        "correct_option_ids",
        "country_codes",
        "description_entities",
        "entities",
        "explanation_entities",
        "explanation_media",
        "link_preview_options",
        "media",
        "menu_button",
        "message_ids",
        "options",
        "permissions",
        "question_entities",
        "reaction",
        "reply_markup",
        "reply_parameters",
        "results",
        "rights",
        "scope",
    }
)
_INT_FIELDS = frozenset(
    {
        "cache_time",
        "chat_id",
        "close_date",
        "correct_option_id",
        "duration",
        "from_chat_id",
        "height",
        "limit",
        "max_connections",
        "message_id",
        "message_thread_id",
        "offset",
        "open_period",
        "reply_to_message_id",
        "timeout",
        "until_date",
        "user_id",
        "width",
    }
)
_BOOL_PREFIXES = (
    "allow",
    "can_",
    "disable_",
    "drop_",
    "for_",
    "has_",
    "hide_",
    "is_",
    "members_",
    "only_",
    "protect_",
    "revoke_",
    "show_",
    "shuffle_",
)


def decode_params(raw: dict[str, Any]) -> JSON:
    """Parameters as PTB form-encodes them, turned back into the JSON types Telegram reads."""
    return {key: _coerce(key, value) for key, value in raw.items()}


def _coerce(key: str, value: Any) -> Any:
    """Turns one form-encoded value back into the JSON type Telegram expects."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        if value[:1] in ("[", "{"):
            try:
                return json.loads(value)
            except ValueError as exc:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from exc
        return value
    if key in _INT_FIELDS:
        return int(value) if INT_RE.fullmatch(value) else value
    if value in ("true", "false", "True", "False") and key.startswith(_BOOL_PREFIXES):
        return value.lower() == "true"
    return value


class LocalBotApi(UpdateFactories, BotMethods, FaultInjection):
    """Fake Bot API server: ``async with LocalBotApi() as api:`` then point PTB at ``base_url``.

    Every request is recorded in ``calls``. Updates pushed with ``push_update`` are served by a
    long-polling ``getUpdates`` that honours ``offset`` like Telegram. With ``privacy_mode`` (the
    default, as on Telegram) group messages a privacy-mode bot would not see are not delivered.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "TabukBot",
        *,
        bot_first_name: str = "Tabuk Bot",
        port: int = 0,
        privacy_mode: bool = True,
        max_recorded_calls: int | None = None,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        prefix = token.partition(":")[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 1_000_000
        self.privacy_mode = privacy_mode
        self.max_recorded_calls = max_recorded_calls
        self._port = port
        self._bound_port: int | None = None
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        self.bot_user: JSON = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }

        # Recording
        self.calls: list[RecordedCall] = []
        self._seq = 0
        self._calls_changed = asyncio.Event()
        self._listeners: list[Callable[[RecordedCall], Any]] = []

        self._init_state()
        self._init_methods()
        self._init_faults()

        self._handlers: dict[str, tuple[str, Callable[[JSON], Any]]] = {}
        for name, handler in self._method_table().items():
            self._handlers[name.lower()] = (name, handler)

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Binds 127.0.0.1 (ephemeral port unless one was given) and serves."""
        if self._runner is not None:
            return
        app = web.Application(client_max_size=_MAX_BODY)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # A short shutdown timeout: held long polls must not keep stop() waiting.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, HOST, self._port)
        await site.start()
        self._runner = runner
        self._closing = asyncio.Event()
        self._bound_port = runner.addresses[0][1]

    async def stop(self) -> None:
        """Wakes held requests and shuts the server down."""
        if self._runner is None:
            return
        self._closing.set()
        self._wake_pollers()
        runner, self._runner = self._runner, None
        await runner.cleanup()
        self._bound_port = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._bound_port is None:
            raise RuntimeError("LocalBotApi is not started")
        return self._bound_port

    @property
    def base_url(self) -> str:
        """What ``Application.builder().base_url(...)`` takes; PTB appends token and method."""
        return f"http://{HOST}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{HOST}:{self.port}/file/bot"

    # --- HTTP --------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._serve_file(path[len("/file/bot") :])
        if not path.startswith("/bot"):
            return _json_response(ApiError(404, "Not Found").payload(), 404)
        bad_params: ApiError | None = None
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            params, bad_params = {}, exc
        answer = await self.answer_call(path, params, bad_params)
        if answer is None:  # dropped: the client sees a disconnect
            if request.transport is not None:
                request.transport.close()
            return web.Response()
        status, body = answer
        return _json_response(body, status)

    async def answer_call(
        self, path: str, params: JSON, bad_params: ApiError | None = None
    ) -> tuple[int, JSON] | None:
        """Record and answer one Bot API call (``/bot<token>/<method>``), whatever carried it.

        Returns the HTTP status and JSON body, or None when the call is dropped unanswered.
        """
        token, _, name = path[len("/bot") :].partition("/")
        entry = self._handlers.get(name.lower())
        method = entry[0] if entry else name
        call = self._record(method, params)
        if token != self.token:
            return self._finish(call, error=ApiError(401, "Unauthorized"))

        chat_id = params.get("chat_id")
        delay = self._take(self._delays, method, chat_id)
        fault = self._outage or self._take(self._faults, method, chat_id)
        if fault is not None and fault.status is None:
            await self._hold(delay)
            call.dropped = True
            self._completed(call)
            return None
        if fault is not None:
            answer = self._finish(call, error=fault.error())
        elif bad_params is not None:
            answer = self._finish(call, error=bad_params)
        elif entry is None:
            answer = self._finish(call, error=ApiError(404, "Not Found: method not found"))
        elif (flood := self._check_flood(method, params)) is not None:
            answer = self._finish(call, error=flood)
        else:
            try:
                result = entry[1](params)
                if inspect.isawaitable(result):
                    result = await result
            except ApiError as exc:
                answer = self._finish(call, error=exc)
            else:
                answer = self._finish(call, result=result)
        # The effect (and the record) happen at once; only the answer is late, like a slow
        # network where the client may time out although Telegram did the work.
        await self._hold(delay)
        return answer

    async def _read_params(self, request: web.Request) -> JSON:
        raw: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                try:
                    body = json.loads(await request.read() or b"{}")
                except ValueError as exc:
                    raise ApiError(400, "Bad Request: can't parse JSON request") from exc
                if not isinstance(body, dict):
                    raise ApiError(400, "Bad Request: JSON request must be an object")
                raw.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        raw[key] = UploadedFile(
                            value.filename, value.content_type, value.file.read()
                        )
                    else:
                        raw[key] = value
        return decode_params(raw)

    def _finish(
        self, call: RecordedCall, *, result: Any = None, error: ApiError | None = None
    ) -> tuple[int, JSON]:
        if error is not None:
            call.status, call.error = error.code, error.description
            body, status = error.payload(), error.code
        else:
            call.status, call.result = 200, result
            body, status = {"ok": True, "result": result}, 200
        self._completed(call)
        return status, body

    async def _hold(self, seconds: float | None) -> None:
        if not seconds:
            return
        try:
            async with asyncio.timeout(seconds):
                await self._closing.wait()
        except TimeoutError:
            pass

    def _serve_file(self, rest: str) -> web.Response:
        status, body, content_type = self.file_answer(rest)
        return web.Response(body=body, status=status, content_type=content_type)

    def file_answer(self, rest: str) -> tuple[int, bytes, str]:
        """Status, bytes and type for a download (``/file/bot<token>/<file_path>``)."""
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return 401, json_bytes(ApiError(401, "Unauthorized").payload()), "application/json"
        stored = self._files_by_path.get(file_path)
        if stored is None:
            return 404, json_bytes(ApiError(404, "Not Found").payload()), "application/json"
        return 200, stored.data, stored.mime_type or "application/octet-stream"

    # --- recording ---------------------------------------------------------------------------

    def _record(self, method: str, params: JSON) -> RecordedCall:
        call = RecordedCall(method, params, time.monotonic(), seq=self._seq)
        self._seq += 1
        self.calls.append(call)
        if self.max_recorded_calls is not None and len(self.calls) > self.max_recorded_calls:
            del self.calls[: len(self.calls) - self.max_recorded_calls // 2]
        self._notify_calls()
        return call

    def _completed(self, call: RecordedCall) -> None:
        self._notify_calls()
        for listener in list(self._listeners):
            try:
                listener(call)
            except Exception:  # a broken listener must not break the fake server
                _LOGGER.exception("LocalBotApi listener failed")

    def _notify_calls(self) -> None:
        self._calls_changed.set()
        self._calls_changed = asyncio.Event()

    @property
    def call_count(self) -> int:
        """Sequence number the next call gets; pass it as ``since`` to ignore older calls."""
        return self._seq

    def calls_to(self, method: str, *, since: int = 0) -> list[RecordedCall]:
        """Recorded calls of one method (case-insensitive), oldest first."""
        wanted = method.lower()
        return [c for c in self.calls if c.seq >= since and c.method.lower() == wanted]

    def clear_calls(self) -> None:
        self.calls.clear()

    def add_listener(self, listener: Callable[[RecordedCall], Any]) -> None:
        """Calls ``listener(call)`` after each answered (or dropped) request."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[RecordedCall], Any]) -> None:
        self._listeners.remove(listener)

    async def wait_for_calls(
        self,
        method: str,
        predicate: Callable[[RecordedCall], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        since: int = 0,
    ) -> list[RecordedCall]:
        """Waits until ``count`` matching calls were recorded; returns the first ``count``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._calls_changed
            matches = [
                c for c in self.calls_to(method, since=since) if not predicate or predicate(c)
            ]
            if len(matches) >= count:
                return matches[:count]
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count} call(s) to {method} "
                    f"(matched {len(matches)}); calls so far:\n{self.describe_calls()}"
                )
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                pass

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[RecordedCall], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        since: int = 0,
    ) -> RecordedCall:
        """Waits for the ``count``-th matching call and returns it; AssertionError on timeout."""
        calls = await self.wait_for_calls(
            method, predicate, timeout=timeout, count=count, since=since
        )
        return calls[-1]

    def describe_calls(self, last: int = 40) -> str:
        """The last ``last`` calls, one a line, for assertion messages."""
        lines = []
        idle = 0
        for call in self.calls[-last:]:
            if call.method == "getUpdates" and (call.result == [] or call.status == 409):
                idle += 1  # empty or superseded long polls are noise here
                continue
            outcome = "dropped" if call.dropped else call.status or "pending"
            params = {k: v for k, v in call.params.items() if k not in ("timeout", "offset")}
            text = json.dumps(params, ensure_ascii=False, default=str)
            lines.append(f"  #{call.seq} {call.method} -> {outcome} {text[:160]}")
        if idle:
            lines.append(f"  (+{idle} empty or superseded getUpdates)")
        return "\n".join(lines) or "  (none)"


def json_bytes(body: JSON) -> bytes:
    """A JSON body as Telegram sends it (UTF-8, compact)."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _json_response(body: JSON, status: int) -> web.Response:
    return web.Response(body=json_bytes(body), status=status, content_type="application/json")
