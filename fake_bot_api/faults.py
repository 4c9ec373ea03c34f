"""Fault injection for the fake Bot API: errors, drops, delays, outages and flood control."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fake_bot_api.common import DEFAULT_DESCRIPTIONS, JSON, ApiError

# Methods that post or change a message: these are what Telegram's flood control counts.
SENDING_METHODS = frozenset(
    {
        "copyMessage",
        "editMessageCaption",
        "editMessageReplyMarkup",
        "editMessageText",
        "forwardMessage",
        "sendAnimation",
        "sendAudio",
        "sendContact",
        "sendDice",
        "sendDocument",
        "sendLocation",
        "sendMediaGroup",
        "sendMessage",
        "sendPhoto",
        "sendPoll",
        "sendSticker",
        "sendVideo",
        "sendVoice",
        "stopPoll",
    }
)


@dataclass(slots=True)
class Fault:
    status: int | None  # None: close the connection without an answer
    description: str | None = None
    retry_after: int | None = None
    parameters: JSON | None = None

    def error(self) -> ApiError:
        status = self.status or 500
        params = dict(self.parameters or {})
        description = self.description
        if status == 429:
            retry = self.retry_after if self.retry_after is not None else 1
            params["retry_after"] = retry
            description = description or f"Too Many Requests: retry after {retry}"
        description = description or DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        return ApiError(status, description, params or None)


@dataclass(slots=True)
class Window:
    """Sliding window: at most ``cap`` events per ``period`` seconds."""

    cap: int
    period: float
    stamps: dict[Any, deque[float]] = field(default_factory=dict)

    @classmethod
    def from_rate(cls, rate: float, period: float) -> Window:
        if rate <= 0:
            raise ValueError("flood limit rates must be positive (or None to disable)")
        if rate >= 1:
            return cls(int(rate), period)
        return cls(1, period / rate)

    def wait_time(self, key: Any, now: float) -> float:
        stamps = self.stamps.get(key)
        if not stamps:
            return 0.0
        while stamps and stamps[0] <= now - self.period:
            stamps.popleft()
        if len(stamps) < self.cap:
            return 0.0
        return stamps[0] + self.period - now

    def add(self, key: Any, now: float) -> None:
        self.stamps.setdefault(key, deque()).append(now)


class FaultInjection:
    """Injected errors, dropped connections, slow answers, outages and Telegram-like flood limits.

    A mixin of LocalBotApi: the server asks ``_take`` and ``_check_flood`` before each call.
    """

    _faults: dict[str, deque[Fault]]
    _delays: dict[str, deque[float]]
    _outage: Fault | None
    _flood_windows: tuple[Window | None, Window | None, Window | None]
    flood_rejections: int
    flood_log: list[tuple[str, int | None, str, int]]
    # The flood windows' clock (seconds). A test that checks the limits themselves sets a
    # clock it moves by hand, so a loaded machine's pauses between calls cannot let a window
    # slide open before the call that must be refused.
    flood_clock: Callable[[], float]

    def _init_faults(self) -> None:
        self._faults = {}
        self._delays = {}
        self._outage = None
        self._flood_windows = (None, None, None)
        self.flood_rejections = 0
        self.flood_log = []
        self.flood_clock = time.monotonic

    @staticmethod
    def _fault_key(method: str, chat_id: Any) -> str:
        """Faults for one chat only are queued under "method@chat_id"."""
        return method if chat_id is None else f"{method}@{chat_id}"

    @staticmethod
    def _take(queues: dict[str, deque[Any]], method: str, chat_id: Any = None) -> Any:
        # "*" faults skip getUpdates: a waiting long poll would otherwise swallow them.
        keys = (method, "*") if method != "getUpdates" else (method,)
        if chat_id is not None:
            keys = (f"{method}@{chat_id}", f"*@{chat_id}", *keys)
        for key in keys:
            queue = queues.get(key)
            if queue:
                item = queue.popleft()
                if not queue:
                    del queues[key]
                return item
        return None

    def fail_next(
        self,
        method: str = "*",
        status: int = 500,
        *,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        parameters: JSON | None = None,
        chat_id: int | None = None,
    ) -> None:
        """Answers the next ``count`` calls of ``method`` with an error.

        "*" matches any method but getUpdates, which a waiting long poll would swallow.
        With ``chat_id``, only calls for that chat (e.g. a 429 for one chat) are failed.
        """
        fault = Fault(status, description, retry_after, parameters)
        queue = self._faults.setdefault(self._fault_key(method, chat_id), deque())
        queue.extend([fault] * count)

    def drop_next(self, method: str = "*", *, count: int = 1, chat_id: int | None = None) -> None:
        """Closes the connection of the next ``count`` calls without answering."""
        queue = self._faults.setdefault(self._fault_key(method, chat_id), deque())
        queue.extend([Fault(None)] * count)

    def delay_next(
        self, method: str, seconds: float, *, count: int = 1, chat_id: int | None = None
    ) -> None:
        """Holds the answer of the next ``count`` calls for ``seconds``; the effect is at once."""
        queue = self._delays.setdefault(self._fault_key(method, chat_id), deque())
        queue.extend([seconds] * count)

    def clear_faults(self) -> None:
        self._faults.clear()
        self._delays.clear()
        self._outage = None

    def set_outage(self, active: bool, status: int | None = 500) -> None:
        """While active every method fails with ``status``; None drops every connection."""
        self._outage = Fault(status) if active else None

    def enforce_flood_limits(
        self,
        per_second: float | None = 30,
        per_group_per_minute: float | None = 20,
        per_chat_per_second: float | None = 1.0,
    ) -> None:
        """Answers 429 when sending methods exceed Telegram-like limits (None disables one).

        ``per_chat_per_second`` applies to private chats only; groups get the per-minute limit.
        """
        self._flood_windows = (
            Window.from_rate(per_second, 1.0) if per_second else None,
            Window.from_rate(per_group_per_minute, 60.0) if per_group_per_minute else None,
            Window.from_rate(per_chat_per_second, 1.0) if per_chat_per_second else None,
        )

    def disable_flood_limits(self) -> None:
        self._flood_windows = (None, None, None)

    def _check_flood(self, method: str, params: JSON) -> ApiError | None:
        overall, group, private = self._flood_windows
        if method not in SENDING_METHODS or not (overall or group or private):
            return None
        now = self.flood_clock()
        chat_id = params.get("chat_id")
        chat_id = chat_id if isinstance(chat_id, int) else None
        checks: list[tuple[Window, Any, str]] = []
        if overall:
            checks.append((overall, None, "overall"))
        if chat_id is not None and chat_id < 0 and group:
            checks.append((group, chat_id, "group"))
        if chat_id is not None and chat_id > 0 and private:
            checks.append((private, chat_id, "private"))
        waits = [(window.wait_time(key, now), name) for window, key, name in checks]
        wait, limit = max(waits, default=(0.0, ""))
        if wait > 0:
            retry = max(1, math.ceil(wait))
            self.flood_rejections += 1
            self.flood_log.append((method, chat_id, limit, retry))
            return ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        for window, key, _ in checks:
            window.add(key, now)
        return None
