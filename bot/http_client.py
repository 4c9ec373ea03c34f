"""PTB's networking backend over aiohttp, which is already a dependency.

PTB's default backend (httpx) spends a large share of a busy bot's CPU in its own request
plumbing: about 0.5 ms of bot-process time per reply in our throughput benchmark, more than
matching the question. aiohttp does the same work with less, and PTB supports swapping the
backend through `BaseRequest`. Behaviour is PTB's: the same timeouts (connect, read, pool;
write bounds the whole request, which aiohttp has no separate limit for), the same error
classes, no redirects followed, multipart uploads. Other parameters go as one JSON body,
which the Bot API takes as it takes a form (each value as PTB encodes it for a form): a
form percent-encodes every byte of an Arabic answer, in Python, on both sides.

One difference: a timeout before the request was written (waiting for a pooled connection,
or opening one) is `NotSent`, a TimedOut that says Telegram cannot have acted on it, so the
delivery policy may send it again where a late answer (maybe delivered) must not be.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# PTB's HTTPXRequest defaults, so swapping the backend changes no timeout.
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
WRITE_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0
MEDIA_WRITE_TIMEOUT = 20.0


_JSON_HEADERS = {"Content-Type": "application/json"}


def _or_default(value: Any, default: float | None) -> float | None:
    return default if isinstance(value, DefaultValue) else value


# Requests use a handful of timeout combinations, and aiohttp's ClientTimeout is frozen:
# each combination is built once instead of for every request (about 5 us each).
@functools.lru_cache(maxsize=64)
def _client_timeout(
    connect: float | None, read: float | None, write: float | None, pool: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's `connect` covers waiting for a pooled connection and opening one."""
    limits = (connect, read, write, pool)
    total = None if None in limits else sum(limit for limit in limits if limit is not None)
    waiting = None if connect is None or pool is None else connect + pool
    return aiohttp.ClientTimeout(
        total=total, connect=waiting, sock_connect=connect, sock_read=read
    )


def json_body(request_data: RequestData) -> bytes:
    """`request_data.json_payload`, the same bytes, with each value JSON-encoded once: PTB's
    `json_parameters` encodes every non-text value twice (once to test it for None), which
    for an answer with its keyboard cost about a third of building the body."""
    return json.dumps(
        {
            name: value if isinstance(value, str) else json.dumps(value)
            for name, value in request_data.parameters.items()
        }
    ).encode()


def _form(request_data: RequestData) -> aiohttp.FormData:
    """Parameters and files as one multipart body, as the Bot API takes uploads."""
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form


class NotSent(TimedOut):
    """Timed out before any byte of the request left: no connection became free in time
    (or none could be opened). Telegram never saw it, so sending it again cannot show
    anything twice. A TimedOut still, as PTB's own backend reports a pool timeout."""

    def __init__(self, message: str) -> None:
        super().__init__(f"Not sent: {message}")


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` on one aiohttp session with a bounded pool."""

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        connect_timeout: float | None = CONNECT_TIMEOUT,
        read_timeout: float | None = READ_TIMEOUT,
        write_timeout: float | None = WRITE_TIMEOUT,
        pool_timeout: float | None = POOL_TIMEOUT,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        # The session belongs to the running event loop, so it is made here, not in __init__.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

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
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        uploads = request_data is not None and request_data.contains_files
        data: aiohttp.FormData | bytes | None = None
        headers: dict[str, str] | None = None
        if request_data is not None:
            if uploads:
                data = _form(request_data)
            else:
                data, headers = json_body(request_data), _JSON_HEADERS
        timeout = _client_timeout(
            _or_default(connect_timeout, self._connect_timeout),
            _or_default(read_timeout, self._read_timeout),
            _or_default(
                write_timeout, self._media_write_timeout if uploads else self._write_timeout
            ),
            _or_default(pool_timeout, self._pool_timeout),
        )
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout, allow_redirects=False
            ) as response:
                return response.status, await response.read()
        except aiohttp.ConnectionTimeoutError as error:
            # aiohttp's `connect` limit covers the wait for a pooled connection: under load
            # (every connection busy with slow answers) a send waits here, unsent.
            # (Its own text names the URL, which holds the token: not repeated here.)
            raise NotSent("no free connection within the connect timeout") from error
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            # The class name helps when the message is empty, as PTB's own backend does.
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
