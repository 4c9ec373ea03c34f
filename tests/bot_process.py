"""`python -m bot …` as a subprocess in a test: its output kept in a file and shown when the
test fails, and the process always reaped.

A test that starts the bot and waits for it cannot see why it never came (a traceback, a
refused token, an import taking minutes) unless the process's output is kept: a pipe nobody
reads can also fill and stall the child, and DEVNULL loses it. A file does neither.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from fake_bot_api import DEFAULT_TOKEN, LocalBotApi, RecordedCall
from tests.conftest import USER_ID
from tests.patience import REPLY, START_UP

ROOT = Path(__file__).resolve().parents[1]

# How much of the output a failure shows: its end says why the process stopped.
_SHOWN_CHARACTERS = 8000


def bot_env(
    database: Path, base_url: str | None = None, token: str | None = DEFAULT_TOKEN, **extra: str
) -> dict[str, str]:
    """The environment of a bot process: this one's, with the bot's settings over it."""
    env = {**os.environ, "DATABASE_PATH": str(database), "PYTHONUNBUFFERED": "1", **extra}
    if token is not None:
        env["TELEGRAM_BOT_TOKEN"] = token
    if base_url is not None:
        env["TELEGRAM_BASE_URL"] = base_url
    return env


def run_bot(
    *args: str, env: dict[str, str], prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` once, to its end: its exit code, stdout and stderr as text.
    `prefix` runs it under another command (`setpriv …` to run it as another user)."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "bot", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
        timeout=START_UP, check=False,
    )  # fmt: skip


class BotProcess:
    """One `python -m bot ARGS` run; use it as a context manager, so that a failure inside
    prints what the process wrote and the process never outlives the test."""

    def __init__(self, args: list[str], env: dict[str, str], output: Path) -> None:
        self.output_path = output
        with output.open("ab") as sink:  # the child keeps its own copy of the descriptor
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", *args],
                cwd=ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
            )  # fmt: skip

    def __enter__(self) -> BotProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
        if error is not None:
            # pytest shows this under «Captured stderr call» with the failure.
            shown = self.output()[-_SHOWN_CHARACTERS:]
            print(f"--- output of `python -m bot` ({self.output_path}) ---\n{shown}",
                  file=sys.stderr)  # fmt: skip

    def output(self) -> str:
        """Everything the process has written so far (stdout and stderr, interleaved)."""
        return self.output_path.read_text(encoding="utf-8", errors="replace")

    def send_signal(self, number: signal.Signals) -> None:
        self.process.send_signal(number)

    def seconds_to_exit(self, number: signal.Signals, timeout: float = REPLY) -> float:
        """Send the signal, wait for the process to end: the seconds in between.

        Timed in one thread, from just before the signal to the moment wait() returns, so
        that what the test does after the exit (handing back to its event loop, reading the
        output) is not counted: on a loaded machine that alone took a few tenths of a second
        and made a stop within Docker's 10 s look like 10.3 s."""
        sent = time.monotonic()
        self.process.send_signal(number)
        self.process.wait(timeout=timeout)
        return time.monotonic() - sent

    def wait(self, timeout: float = REPLY) -> int:
        """Its exit code, once it has ended; TimeoutExpired if it has not within `timeout`."""
        return self.process.wait(timeout=timeout)

    def finish(self, timeout: float = REPLY) -> tuple[int, str]:
        """Wait for it to end; its exit code and all it wrote."""
        code = self.wait(timeout)
        return code, self.output()

    def lines_until(self, marker: str, count: int, timeout: float) -> str:
        """Wait until `count` lines of its output hold `marker` (or it ends, or time is up);
        the output so far."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.output()
            if sum(marker in line for line in text.splitlines()) >= count:
                return text
            if self.process.poll() is not None or time.monotonic() > deadline:
                return self.output()
            time.sleep(0.1)

    def stop(self) -> None:
        """Kill it if it still runs, and reap it (an unreaped child is a ResourceWarning,
        which the suite turns into an error in whichever test comes next)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def query(database: Path, sql: str) -> list[tuple]:
    """Rows of `sql` in the bot process's database, read beside it."""
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


async def until(condition: Callable[[], bool], timeout: float = REPLY) -> None:
    """Wait until `condition()` holds (the bot process has written something)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.1)


async def answered_quiz(api: LocalBotApi, database: Path, questions: int) -> RecordedCall:
    """In a bot process just started: /quiz of `questions` questions of 5 s in a private
    chat, the first answered right (and counted); that first poll's call."""
    await api.wait_for_call("getUpdates", timeout=START_UP)
    api.push_update(api.private_message(USER_ID, "/quizsettings seconds 5"))
    api.push_update(api.private_message(USER_ID, f"/quizsettings questions {questions}"))
    api.push_update(api.private_message(USER_ID, "/quiz"))
    first = await api.wait_for_call("sendPoll", timeout=REPLY)
    right = first.params["correct_option_ids"]
    api.push_update(api.poll_answer(first.result["poll"]["id"], USER_ID, right))
    await until(lambda: query(database, "SELECT COUNT(*) FROM quiz_answers")[0][0] == 1)
    return first
