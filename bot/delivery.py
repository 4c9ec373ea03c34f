"""Every Bot API call the bot makes goes through this policy (PTB's rate-limiter hook).

- Telegram's flood limits are respected up front: 30 messages/s overall, 20/min per group.
- A 429 blocks only the chat it names: the other chats go on being answered.
- 5xx answers, dropped connections and timeouts are retried with bounded back-off (about
  two minutes in all), so a reply survives a short outage and is delivered once. A call
  that timed out before it was sent (`NotSent`: no free connection) is retried whatever
  its method; one that timed out waiting for its answer may have been delivered, so a
  poll is not sent again (NOT_RETRIED_AFTER_TIMEOUT).
- A 400 (BadRequest), 403, 401 or 409 is never retried: the same request would fail the
  same way, so it goes straight back to the code that made it.
- On shutdown every wait ends at once with `Interrupted`, so SIGTERM is never held up by
  a back-off; the update is left in the journal and handled again after the restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import math
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import BaseRateLimiter

from bot.http_client import NotSent

logger = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]

# Total time one call may spend retrying before its error goes back to the caller.
RETRY_BUDGET_SECONDS = 120.0
FIRST_BACKOFF_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 20.0
# Telegram's documented limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits).
OVERALL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
# A 429 asking for longer than this is not waited out: the call fails instead.
MAX_RETRY_AFTER_SECONDS = 120.0
# A poll sent twice shows the quiz question twice; after a read timeout it may have been
# delivered already, so the quiz decides what to do (mark before sending, reconcile).
NOT_RETRIED_AFTER_TIMEOUT = frozenset({"sendPoll", "stopPoll"})
# Updates whose calls have taken effect but which are not yet marked done in the journal:
# a crash can repeat only these (up to 8 updates' replies sent twice, never one lost).
# Telegram carries about 30 messages/s overall, and round trips to api.telegram.org from
# common hosts take 100-300 ms: 3 slots capped a busy bot at 10-30 sends/s, 8 cover 30/s
# up to round trips of about 270 ms.
SENDING_UPDATES = 8
# Calls that change nothing on Telegram's side need no slot.
_READ_ONLY_PREFIX = "get"
# Errors that say the request itself is wrong: retrying cannot help.
_FINAL_ERRORS = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)


class Interrupted(Exception):
    """The bot is shutting down; the update is left for the journal to replay."""


class UpdateScope:
    """What the delivery policy knows about the update whose handler is running."""

    def __init__(self) -> None:
        self.interrupted = False
        self.delivered = False  # a call of this update has taken effect
        self.finished = False  # journaled done right after its last call (see last_call)
        self.closing = False  # the call being made is the update's last effect
        self.on_done: Callable[[], None] | None = None  # marks the update done (journal)
        # end_update ran: a task still holding this scope outlived its update (see _live_scope)
        self.ended = False
        self._release: Callable[[], None] | None = None

    @property
    def holds_slot(self) -> bool:
        return self._release is not None

    def hold(self, release: Callable[[], None]) -> None:
        self._release = release

    def release(self) -> None:
        if self._release is not None:
            self._release()
            self._release = None

    def finish(self) -> None:
        """The last call took effect: mark the update done now, then free the slot."""
        if self.on_done is not None and not self.finished:
            self.on_done()
        self.finished = True
        self.release()


_scope: contextvars.ContextVar[UpdateScope | None] = contextvars.ContextVar(
    "delivery_update_scope", default=None
)


def begin_update() -> contextvars.Token[UpdateScope | None]:
    """Called by the update processor before a handler runs."""
    return _scope.set(UpdateScope())


def _live_scope() -> UpdateScope | None:
    """The scope of the update whose handler is running; None outside one.

    A task inherits the context that created it, and PTB's job queue (APScheduler) runs its
    jobs in a context copied where a job was scheduled, often inside a handler: a quiz's
    timed steps, scheduled by the /quiz update, still see that update's scope long after it
    ended. Such a task has no update of its
    own: a sending slot it took for the ended scope would never be given back (all of them
    taken so froze every reply), so it sends as a job scheduled at start-up does, slot-free."""
    scope = _scope.get()
    return None if scope is None or scope.ended else scope


def current_scope() -> UpdateScope | None:
    return _live_scope()


def end_update(token: contextvars.Token[UpdateScope | None]) -> None:
    """Called when the update is finished (and journaled done): frees its sending slot."""
    scope = _scope.get()
    if scope is not None:
        scope.ended = True
        scope.release()
    _scope.reset(token)


@contextlib.contextmanager
def last_call() -> Iterator[None]:
    """The calls inside are the update's last effect: the first that succeeds finishes it.

    The update is marked done in the journal in the same step as that call returns, before
    any other await, so its sending slot covers only the HTTP call and the done-mark, and
    the next update's reply can go out while this handler's caller is still unwinding.
    A call that fails (a 400 answered with a plain-text retry, say) finishes nothing.
    """
    scope = _live_scope()
    if scope is None:
        yield
        return
    scope.closing = True
    try:
        yield
    finally:
        scope.closing = False


def handed_over() -> None:
    """What the running update's interrupted call was to send is stored and will be sent
    after the restart: the update need not be handled again for it.

    Only for a call that was the update's last effect, kept in a store of its own (a quiz's
    owed messages); any other interrupted update stays in the journal."""
    scope = _live_scope()
    if scope is not None:
        scope.interrupted = False


def _mark_interrupted() -> None:
    scope = _live_scope()
    if scope is not None:
        scope.interrupted = True


def _chat_key(data: dict[str, Any]) -> int | str | None:
    chat_id = data.get("chat_id")
    with contextlib.suppress(ValueError, TypeError):
        return int(chat_id)  # type: ignore[arg-type]
    return chat_id if isinstance(chat_id, str) else None


class DeliveryPolicy(BaseRateLimiter[dict[str, Any]]):
    """Flood limits, per-chat back-off after 429, bounded retries, prompt shutdown."""

    def __init__(
        self,
        *,
        limited: bool = True,
        retry_budget: float = RETRY_BUDGET_SECONDS,
        first_backoff: float = FIRST_BACKOFF_SECONDS,
        max_backoff: float = MAX_BACKOFF_SECONDS,
    ) -> None:
        self._limited = limited
        self._retry_budget = retry_budget
        self._first_backoff = first_backoff
        self._max_backoff = max_backoff
        self._stopping = asyncio.Event()
        # Set by end_waits_past(): from then on a wait that would end after _ends_by (loop
        # time) ends at once; shorter ones run out.
        self._draining = asyncio.Event()
        self._ends_by: float | None = None
        self._sending = asyncio.Semaphore(SENDING_UPDATES)
        self._overall: AsyncLimiter | None = None
        self._groups: dict[int | str, AsyncLimiter] = {}
        # Monotonic time until which a chat is blocked by its own 429.
        self._blocked_until: dict[int | str | None, float] = {}

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    async def initialize(self) -> None:
        self._stopping.clear()
        self._draining.clear()
        self._ends_by = None
        if self._limited:
            self._overall = AsyncLimiter(OVERALL_PER_SECOND, 1)

    async def shutdown(self) -> None:
        """Nothing to release."""

    def stop(self) -> None:
        """End every wait now: shutdown must not be held up by a back-off."""
        self._stopping.set()
        self._draining.set()

    def end_waits_past(self, deadline: float) -> None:
        """SIGTERM: end now every wait that would last past `deadline` (event-loop time).

        The updates in hand get a few seconds to finish; one backing off for longer cannot
        finish in them, and waiting for it only delays the stop. It is interrupted at once
        and stays in the journal for the restart; a back-off that ends in time still gets
        its retry, so a reply nearly due is sent before the bot stops."""
        self._ends_by = deadline
        self._draining.set()

    def _cut_short(self, wake: float) -> bool:
        return self._stopping.is_set() or (self._ends_by is not None and wake > self._ends_by)

    async def sleep(self, seconds: float) -> None:
        """Wait, unless the bot stops first (then raise Interrupted).

        An update that has delivered nothing yet gives its sending slot back while it
        waits, so a chat held by its 429 never holds the others up.
        """
        loop = asyncio.get_running_loop()
        wake = loop.time() + max(seconds, 0.0)
        if self._cut_short(wake):
            _mark_interrupted()
            raise Interrupted
        scope = _live_scope()
        if scope is not None and not scope.delivered:
            scope.release()
        while not self._cut_short(wake) and (left := wake - loop.time()) > 0:
            # Before SIGTERM wake on it (draining); after it, only on the final stop.
            event = self._stopping if self._draining.is_set() else self._draining
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), timeout=left)
        if self._cut_short(wake):
            _mark_interrupted()
            raise Interrupted

    async def _take_slot(self, endpoint: str) -> UpdateScope | None:
        """The update's sending slot, taken before its first call with an effect."""
        scope = _live_scope()
        if scope is None or endpoint.startswith(_READ_ONLY_PREFIX):
            return None
        if not scope.holds_slot:
            await self._sending.acquire()
            scope.hold(self._sending.release)
        return scope

    def _group_limiter(self, key: int | str) -> AsyncLimiter:
        if len(self._groups) > 512:  # forget idle groups
            for other, limiter in list(self._groups.items()):
                if other != key and limiter.has_capacity(limiter.max_rate):
                    del self._groups[other]
        if key not in self._groups:
            self._groups[key] = AsyncLimiter(GROUP_PER_MINUTE, 60)
        return self._groups[key]

    async def _call(
        self,
        endpoint: str,
        key: int | str | None,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        deadline: float,
    ) -> JSONResult:
        loop = asyncio.get_running_loop()
        while (wait := self._blocked_until.get(key, 0.0) - loop.time()) > 0:
            if loop.time() + wait > deadline:
                # The chat's own 429 outlasts this call's budget: fail now, not later.
                raise RetryAfter(math.ceil(wait))
            await self.sleep(wait)
        overall = self._overall if key is not None else None
        group = (
            self._group_limiter(key)
            if self._limited and (isinstance(key, str) or (isinstance(key, int) and key < 0))
            else None
        )
        async with group or contextlib.nullcontext(), overall or contextlib.nullcontext():
            scope = await self._take_slot(endpoint)
            result = await callback(*args, **kwargs)
        if scope is not None:
            scope.delivered = True
            if scope.closing:
                scope.finish()  # no await since the call returned: see last_call
        return result

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> JSONResult:
        """Make the call, waiting and retrying as the error says; raise when it is final.

        `rate_limit_args={"retry_budget": seconds}` shortens the retrying for one call.
        """
        if self._stopping.is_set():
            _mark_interrupted()
            raise Interrupted
        loop = asyncio.get_running_loop()
        budget = (rate_limit_args or {}).get("retry_budget", self._retry_budget)
        deadline = loop.time() + float(budget)
        key = _chat_key(data)
        backoff = self._first_backoff
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._call(endpoint, key, callback, args, kwargs, deadline)
            except RetryAfter as error:
                # The private field, as PTB's own limiter reads it: the public one warns.
                seconds = error._retry_after.total_seconds()
                if seconds > MAX_RETRY_AFTER_SECONDS or loop.time() + seconds > deadline:
                    raise
                # Only this chat waits; every other chat goes on.
                until = loop.time() + seconds
                self._blocked_until[key] = max(self._blocked_until.get(key, 0.0), until)
                logger.warning(
                    "%s: flood limit in chat %s, waiting %.0f s", endpoint, key, seconds
                )
                self._forget_expired_blocks(loop.time())
                continue
            except _FINAL_ERRORS:
                raise
            except TimedOut as error:
                # A NotSent never left (no free connection in time: seen under heavy load,
                # 200 daily quizzes at one minute), so it is sent again even when a poll.
                if not isinstance(error, NotSent):
                    scope = _live_scope()
                    if scope is not None and scope.holds_slot:
                        # Telegram may have delivered it: the slot is kept through the
                        # back-off, so the bound on replies a crash can repeat still holds.
                        scope.delivered = True
                    if endpoint in NOT_RETRIED_AFTER_TIMEOUT:
                        raise
                if loop.time() + backoff > deadline:
                    raise
                reason: NetworkError = error
            except NetworkError as error:
                if loop.time() + backoff > deadline:
                    raise
                reason = error
            logger.warning(
                "%s failed (attempt %d, %s); retrying in %.0f s",
                endpoint,
                attempt,
                reason.message,
                backoff,
            )
            await self.sleep(backoff)
            backoff = min(backoff * 2, self._max_backoff)

    def _forget_expired_blocks(self, now: float) -> None:
        if len(self._blocked_until) > 1024:
            for key, until in list(self._blocked_until.items()):
                if until <= now:
                    del self._blocked_until[key]
