"""The running bot's life: connect (retrying), serve, and stop within Docker's 10 seconds.

PTB's `run_polling` prints a traceback when Telegram cannot be reached at start-up, and on
SIGTERM it finishes every queued update however long their back-offs last. Here:
- `getMe` is retried with back-off and a one-line log while the network is down; a
  rejected token ends the run with one clear line (no token in it);
- SIGTERM stops fetching, ends every back-off at once, lets the replies in flight finish
  for a few seconds, and leaves whatever is not done in the update journal for the restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Awaitable
from typing import Any, NoReturn

from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.delivery import DeliveryPolicy, Interrupted

logger = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 1.0
MAX_RETRY_SECONDS = 60.0
# Docker sends SIGKILL 10 s after SIGTERM. Replies in flight get GRACE_SECONDS to finish;
# the whole stop is bounded by STOP_SECONDS, and a watchdog ends the process after
# HARD_STOP_SECONDS should anything still hang.
GRACE_SECONDS = 4.0
STOP_SECONDS = 7.0
HARD_STOP_SECONDS = 9.5


class StartupError(Exception):
    """The bot cannot start; the message is one line for the operator."""


REJECTED_TOKEN = (
    "Telegram rejected the bot token (401/404 on getMe): check TELEGRAM_BOT_TOKEN, "
    "and TELEGRAM_BASE_URL if it is set"
)


def policy_of(application: Application) -> DeliveryPolicy | None:
    limiter = getattr(application.bot, "rate_limiter", None)
    return limiter if isinstance(limiter, DeliveryPolicy) else None


async def wait_or_stop(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep `seconds` unless `stop` is set first; True if it was."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    return stop.is_set()


async def retry_until_done(action: Any, what: str, stop: asyncio.Event) -> bool:
    """Run `action()` until it succeeds; network errors are logged in one line and retried.

    Returns False if `stop` was set first. A rejected token raises StartupError.
    """
    delay = FIRST_RETRY_SECONDS
    while not stop.is_set():
        try:
            await _until_stopped(action(), stop)
            return not stop.is_set()
        except InvalidToken:
            raise StartupError(REJECTED_TOKEN) from None
        except Interrupted:
            return False
        except NetworkError as error:
            logger.warning(
                "%s: Telegram not reachable (%s: %s); retrying in %.0f s",
                what,
                type(error).__name__,
                error.message,
                delay,
            )
        if await wait_or_stop(stop, delay):
            return False
        delay = min(delay * 2, MAX_RETRY_SECONDS)
    return False


async def _until_stopped(awaitable: Awaitable[Any], stop: asyncio.Event) -> None:
    """Await `awaitable`, cancelling it if `stop` is set meanwhile."""
    task = asyncio.ensure_future(awaitable)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        return
    task.result()


def install_stop_signals(stop: asyncio.Event) -> None:
    """SIGTERM and SIGINT set `stop`; a watchdog ends the process if stopping hangs."""
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        if not stop.is_set():
            logger.info("%s received: stopping", signal.Signals(signum).name)
            _start_watchdog()
        stop.set()

    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, on_signal, signum)


def _start_watchdog() -> None:
    def expire() -> None:
        # Everything not done is in the journal; ending now loses nothing.
        os._exit(0)

    timer = threading.Timer(HARD_STOP_SECONDS, expire)
    timer.daemon = True
    timer.start()


async def bounded(awaitable: Awaitable[Any], seconds: float, what: str) -> None:
    """Await a shutdown step for at most `seconds`; log (one line) if it does not finish."""
    try:
        await asyncio.wait_for(awaitable, timeout=max(seconds, 0.1))
    except TimeoutError:
        logger.warning("stopping: %s did not finish in %.1f s", what, seconds)
    except (TelegramError, Interrupted, RuntimeError) as error:
        logger.warning("stopping: %s: %s", what, error)


def end_process(code: int = 0) -> NoReturn:
    """End the process once the bot has stopped: logs and output flushed, database closed.

    Python's own teardown then frees every object one by one (the answer engines' indexes
    and word caches, hundreds of thousands of them): 1.5-3 s at a load average of 20 on two
    cores, after the stop itself took a tenth of that, and inside Docker's 10 s. The
    operating system takes the memory back at once; nothing is left to write.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
