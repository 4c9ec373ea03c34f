"""The running bot's heartbeat, which the container's health check reads."""

from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

logger = logging.getLogger(__name__)

# The running bot touches this file at most every HEARTBEAT_SECONDS, each time Telegram
# answers a getUpdates (every poll timeout, 10 s, at the latest) or delivers a webhook
# update; the container's health check fails when it is older than HEARTBEAT_STALE_SECONDS
# (polling is stuck, the network is gone, or the bot is dead).
HEARTBEAT_SECONDS = 5
HEARTBEAT_STALE_SECONDS = 120
# Below this, `check` reports a problem: questions, scores and the update journal need room.
MIN_FREE_BYTES = 50 * 1024 * 1024


def free_space(database_path: Path) -> tuple[Path, int]:
    """The folder the database lives in (or would be created in) and its free bytes."""
    folder = database_path.parent.absolute()
    # os.path: a folder this user may not enter counts as missing instead of raising.
    while not os.path.isdir(folder) and folder != folder.parent:
        folder = folder.parent
    return folder, shutil.disk_usage(folder).free


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


class Heartbeat:
    """The heartbeat file of the running bot: beaten by live polling, removed on exit."""

    def __init__(self, path: Path, every: float = HEARTBEAT_SECONDS) -> None:
        self.path = path
        self._every = every
        self._last = float("-inf")
        self._failing = False

    def beat(self) -> None:
        now = time.monotonic()
        if now - self._last < self._every:
            return
        self._last = now
        try:
            write_heartbeat(self.path)
        except OSError as error:
            if not self._failing:  # a full disk would otherwise log on every poll
                logger.error("heartbeat not written: %s", error)
            self._failing = True
        else:
            self._failing = False

    def remove(self) -> None:
        """A stopped bot must not look healthy."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            logger.warning("heartbeat not removed: %s", error)
