"""PTB's transport straight into a LocalBotApi: the same answers and records, no sockets.

For handler tests that need no HTTP: ``build_application(..., transport=InProcessRequest(api))``
sends every call through ``LocalBotApi.answer_call`` in the same event loop, and
``api.deliver_to(...)`` hands pushed updates to the application's queue instead of getUpdates.
Faults behave as over HTTP: a dropped call raises NetworkError, a delayed one may time out.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import unquote, urlsplit

from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from fake_bot_api.common import UploadedFile
from fake_bot_api.server import LocalBotApi, decode_params, json_bytes

# What PTB's own HTTPX transport waits for an answer by default.
DEFAULT_READ_TIMEOUT = 5.0


class InProcessRequest(BaseRequest):
    """A PTB request object whose "network" is a direct call into the fake server."""

    def __init__(self, api: LocalBotApi) -> None:
        self._api = api

    @property
    def read_timeout(self) -> float | None:
        return DEFAULT_READ_TIMEOUT

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Answer one call as the server would, waiting at most ``read_timeout`` for it."""
        path = unquote(urlsplit(url).path)  # as a server decodes it (PTB quotes downloads)
        if path.startswith("/file/bot"):
            status, body, _ = self._api.file_answer(path[len("/file/bot") :])
            return status, body
        timeout = DefaultValue.get_value(read_timeout)
        timeout = DEFAULT_READ_TIMEOUT if timeout is BaseRequest.DEFAULT_NONE else timeout
        try:
            answer = await asyncio.wait_for(
                self._api.answer_call(path, self._params(request_data)), timeout
            )
        except TimeoutError as error:
            raise TimedOut("in-process call timed out") from error
        if answer is None:
            raise NetworkError("the fake Bot API dropped the call without an answer")
        status, payload = answer
        return status, json_bytes(payload)

    @staticmethod
    def _params(request_data: RequestData | None) -> dict[str, Any]:
        if request_data is None:
            return {}
        raw: dict[str, Any] = dict(request_data.json_parameters)
        # PTB gives each file part as (file name, bytes or a file object, MIME type).
        for name, (filename, content, mime_type) in request_data.multipart_data.items():
            data = content if isinstance(content, bytes) else content.read()
            raw[name] = UploadedFile(filename or name, mime_type or "", bytes(data))
        return decode_params(raw)
