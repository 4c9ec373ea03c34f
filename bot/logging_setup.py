"""Logging: one line per event, and the bot token never printed, not even in tracebacks."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

REDACTED = "***"
# These log every request URL at INFO, and Bot API URLs contain the token.
_NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "aiohttp.access")


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes every secret from the finished line."""

    def __init__(self, fmt: str, secrets: Iterable[str]) -> None:
        super().__init__(fmt)
        self._secrets = [secret for secret in secrets if secret]

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        for secret in self._secrets:
            line = line.replace(secret, REDACTED)
        return line


def configure_logging(
    secrets: Iterable[str] = (), level: int = logging.INFO, stream: object = None
) -> logging.Handler:
    """Send logs to stderr through the redacting formatter; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)  # type: ignore[arg-type]
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", secrets)
    )
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
    for name in _NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
