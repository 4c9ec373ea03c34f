"""Shared vocabulary of the fake Bot API: the error type, recorded calls and value helpers."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

JSON = dict[str, Any]

DEFAULT_TOKEN = "123456789:LOCAL-bot-api-test-token"
HOST = "127.0.0.1"  # never any other address: the fake must not be reachable from outside

INT_RE = re.compile(r"-?\d+")

DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status, description and optional parameters."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSON:
        """The JSON body Telegram sends for this error."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass(slots=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class RecordedCall:
    """One request the bot made. ``time`` is ``time.monotonic()`` at arrival."""

    method: str
    params: JSON
    time: float
    seq: int = 0
    status: int | None = None  # HTTP status answered; None while pending or when dropped
    result: Any = None
    error: str | None = None
    dropped: bool = False


def now() -> int:
    """Unix time in whole seconds, as Telegram dates are."""
    return int(time.time())


def strip_reply(message: JSON) -> JSON:
    """A message as nested in ``reply_to_message``."""
    # Telegram nests reply_to_message one level only.
    return {k: v for k, v in message.items() if k != "reply_to_message"}


def as_int(value: Any, default: int) -> int:
    """An integer parameter, or ``default`` when it is missing or not a number."""
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and INT_RE.fullmatch(value):
        return int(value)
    return default


def seconds(value: Any) -> float:
    """A duration parameter in seconds (0 when missing or not a number)."""
    # Telegram takes whole seconds; fractions are accepted so tests can poll briefly.
    try:
        return float(value) if value is not None and not isinstance(value, bool) else 0.0
    except (TypeError, ValueError):
        return 0.0
