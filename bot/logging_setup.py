"""Logging: one line per event, and the bot token never printed, not even in tracebacks.

Three layers keep the token out of the bot's output: log lines are redacted by the
formatter; sys.stdout and sys.stderr are wrapped so that anything else written there
(uncaught tracebacks at start-up, warnings, prints) is redacted too; and network errors
are logged as one line instead of a traceback.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import sys
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

REDACTED = "***"
# These log every request URL at INFO, and Bot API URLs contain the token.
_NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiohttp.access")
# The part after "123456:" is the secret; shorter strings would redact ordinary text.
_MIN_SECRET_LENGTH = 8


def secret_variants(secrets: Iterable[str]) -> list[str]:
    """Each secret as it may appear: whole, its secret half alone, and URL-encoded."""
    variants: set[str] = set()
    for secret in secrets:
        if not secret:
            continue
        variants.update({secret, quote(secret, safe="")})
        _, colon, tail = secret.partition(":")
        if colon and len(tail) >= _MIN_SECRET_LENGTH:
            variants.add(tail)
    # Longest first, so that the whole token is replaced before its tail.
    return sorted(variants, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    return text


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes every secret from the finished line."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self._secrets = secret_variants(secrets)

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secrets)


def _is_network_error(error: BaseException | None) -> bool:
    """A Telegram NetworkError; looked up, not imported, so that commands that never load
    the Telegram library (import, check, ask) do not pay for loading it here."""
    telegram_error = sys.modules.get("telegram.error")
    return telegram_error is not None and isinstance(error, telegram_error.NetworkError)


class OneLineNetworkErrors(logging.Filter):
    """A network error is an event, not a bug: its log record loses the traceback.

    So is a reply that is not JSON (a wrong TELEGRAM_BASE_URL answered by some other web
    server): PTB's request layer logs it with a traceback before raising its own error.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        not_json = isinstance(error, ValueError) and record.name.startswith("telegram.request")
        if _is_network_error(error) or not_json:
            record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


class RedactingStream(io.TextIOBase):
    """A text stream that redacts secrets before passing whole lines on.

    Lines are held until their end (or a flush), so a secret split across two writes is
    still caught.
    """

    def __init__(self, target: Any, secrets: Iterable[str]) -> None:
        super().__init__()
        self._target = target
        self._secrets = secret_variants(secrets)
        self._pending = ""

    def write(self, text: str) -> int:
        self._pending += text
        complete, newline, rest = self._pending.rpartition("\n")
        if newline:
            self._target.write(redact(complete + newline, self._secrets))
            self._pending = rest
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._target.write(redact(self._pending, self._secrets))
            self._pending = ""
        self._target.flush()

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return bool(self._target.isatty())

    def fileno(self) -> int:
        return int(self._target.fileno())

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return str(self._target.encoding)

    def reconfigure(self, **options: Any) -> None:
        if hasattr(self._target, "reconfigure"):
            self._target.reconfigure(**options)


def protect_output(secrets: Iterable[str]) -> None:
    """Redact secrets from everything this process writes to stdout and stderr."""
    variants = secret_variants(secrets)
    if not variants:
        return
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if isinstance(stream, RedactingStream) or stream is None:
            continue
        wrapped = RedactingStream(stream, variants)
        setattr(sys, name, wrapped)
        atexit.register(_flush_quietly, wrapped)


def _flush_quietly(stream: RedactingStream) -> None:
    with contextlib.suppress(Exception):  # at exit the target may be closed already
        stream.flush()


def configure_logging(
    secrets: Iterable[str] = (), level: int = logging.INFO, stream: object = None
) -> logging.Handler:
    """Send logs to stderr through the redacting formatter; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", secrets)
    )
    handler.addFilter(OneLineNetworkErrors())
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
