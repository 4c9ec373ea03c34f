"""Storage that fails (disk full, I/O error) is logged once, and its recovery once.

Answers go out whether or not what belongs to them could be stored; without this, a
full disk would log one error per update, and nobody would hear when it was over.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class StorageHealth:
    """Tracks whether the last database write worked; logs only the changes."""

    def __init__(self) -> None:
        self.failing = False
        self.failures = 0

    def failed(self, what: str, error: Exception) -> None:
        self.failures += 1
        if not self.failing:
            logger.error(
                "storage failing (%s: %s); answers still go out, without being stored",
                what,
                error,
            )
        self.failing = True

    def ok(self) -> None:
        if self.failing:
            logger.warning("storage works again after %d failed writes", self.failures)
        self.failing = False
        self.failures = 0
