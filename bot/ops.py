"""The running bot's heartbeat, which the container's health check reads."""

from __future__ import annotations

import time
from pathlib import Path

# The running bot touches this file every HEARTBEAT_SECONDS; the container's health check
# fails when it is older than HEARTBEAT_STALE_SECONDS (the event loop is stuck or dead).
HEARTBEAT_SECONDS = 30
HEARTBEAT_STALE_SECONDS = 120


def heartbeat_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".heartbeat")


def write_heartbeat(path: Path) -> None:
    path.write_text(str(int(time.time())), encoding="ascii")


def heartbeat_age(path: Path) -> float | None:
    """Seconds since the last heartbeat, or None if there is none."""
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return None
