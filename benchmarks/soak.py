"""Soak benchmark: 30 minutes of a busy community's traffic, compressed into a few.

Each simulated minute brings private questions, group /ask, inline queries, feedback
presses, quiz answers, and every few minutes quizzes in several groups and admin edits.
Prints updates handled, errors, memory at the start and end of the run, and whether
memory grew between the first and the last third. The bot is served as deployed
(`benchmarks.bot_process`, `bot.runner.serve`); after the last minute the soak waits until
the bot's update journal marks every update pushed done (its reply sent), then stops the
bot with SIGTERM and times how long it takes to exit.
"""

from __future__ import annotations

import asyncio
import os
import random
import resource
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from benchmarks.throughput import ROOT, question_pool
from db import audit, journal
from db import quiz as quiz_store
from db.connection import open_database
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi, RecordedCall

OWNER = 900_001
USERS = list(range(700_000, 700_200))
GROUPS = [-1_003_000_000_000 - n for n in range(10)]
# Per simulated minute (a busy community): questions, inline queries, feedback presses.
QUESTIONS_PER_MINUTE = 120
INLINE_PER_MINUTE = 10
FEEDBACK_PER_MINUTE = 10
QUIZ_EVERY_MINUTES = 5
EDIT_EVERY_MINUTES = 3
# After the last minute, how long the bot may take to handle what was pushed before it is
# stopped anyway (at a load average of 8 it fell minutes behind the traffic).
SETTLE_TIMEOUT = 900.0
# How long the bot may take to exit after SIGTERM before it is killed (Docker waits 10 s).
STOP_TIMEOUT = 60.0


@dataclass
class SoakResult:
    minutes: int
    seconds: float
    updates: int = 0
    errors: int = 0
    delivered: dict[str, int] = field(default_factory=dict)
    rss_mib: list[float] = field(default_factory=list)
    # Every update pushed (the groups' quiz settings too), the ones the bot's journal marks
    # done when it is stopped (all of them, unless SETTLE_TIMEOUT passed first), and how long
    # that took after the last minute's traffic.
    pushed: int = 0
    handled: int = 0
    settle_seconds: float = 0.0
    # From SIGTERM to the process's exit; None when it had to be killed.
    stop_seconds: float | None = None

    @property
    def grew(self) -> float:
        """Growth of resident memory from the first third of the run to the last, in %."""
        third = max(1, len(self.rss_mib) // 3)
        first = statistics.median(self.rss_mib[:third])
        last = statistics.median(self.rss_mib[-third:])
        return 100 * (last - first) / first


def _rss_mib(pid: int | str = "self") -> float:
    """Resident set size of a process (Linux), in MiB."""
    with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() / 2**20


def journal_counts(database: Path) -> tuple[int, int] | None:
    """(pending, done) updates in the bot's update journal, read without writing; None while
    the database or its journal is not there yet."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1.0)
    except sqlite3.Error:
        return None
    try:
        return journal.counts(Database(connection))
    except sqlite3.Error:
        return None
    finally:
        connection.close()


async def wait_until_handled(
    pushed: int,
    unfetched: Callable[[], int],
    counts: Callable[[], tuple[int, int] | None],
    timeout: float,
    poll_seconds: float = 0.2,
) -> bool:
    """Wait until the bot has fetched every update pushed and its journal marks as many done
    (each handler returned: its reply went out). False when `timeout` passed first."""
    deadline = time.perf_counter() + timeout
    while True:
        found = counts()
        if not unfetched() and found is not None and found[0] == 0 and found[1] >= pushed:
            return True
        if time.perf_counter() >= deadline:
            return False
        await asyncio.sleep(poll_seconds)


async def run_soak(minutes: int = 30, seconds_per_minute: float = 6.0) -> SoakResult:
    """The bot runs in its own process (as in production); only its memory is measured."""
    rng = random.Random(17)
    pool = question_pool()
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "soak.db"
        stderr_path = Path(workdir) / "bot.log"
        async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
            for user in [*USERS, OWNER]:
                api.add_user(user)
            for group in GROUPS:
                api.set_member_status(group, OWNER, "administrator")
            answers: deque[RecordedCall] = deque(maxlen=50)
            polls: deque[RecordedCall] = deque(maxlen=30)
            delivered: Counter[str] = Counter()

            def remember(call: RecordedCall) -> None:
                if call.status != 200:
                    return
                delivered[call.method] += 1
                if call.method == "sendMessage" and call.params.get("reply_markup"):
                    answers.append(call)
                elif call.method == "sendPoll":
                    polls.append(call)

            api.add_listener(remember)
            env = {
                **os.environ,
                "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
                "TELEGRAM_BASE_URL": api.base_url,
                "DATABASE_PATH": str(database),
                "ADMIN_IDS": str(OWNER),
            }
            with stderr_path.open("w") as log:
                process = subprocess.Popen(
                    [sys.executable, "-m", "benchmarks.bot_process", "tabuk"],
                    cwd=ROOT,  # benchmarks/ is not installed: run from the clone
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=log,
                )
            result = SoakResult(minutes=minutes, seconds=0.0)
            try:
                await api.wait_for_call("getUpdates", timeout=60)
                for group in GROUPS:
                    for setting in ("seconds 5", "questions 3"):
                        api.push_update(
                            api.group_message(group, OWNER, f"/quizsettings {setting}")
                        )
                        result.pushed += 1
                started = time.perf_counter()
                for minute in range(minutes):
                    minute_started = time.perf_counter()
                    batch = _minute_of_traffic(api, rng, pool, minute, list(answers), list(polls))
                    for update in batch:
                        api.push_update(update)
                    result.updates += len(batch)
                    result.pushed += len(batch)
                    await asyncio.sleep(
                        max(0.0, seconds_per_minute - (time.perf_counter() - minute_started))
                    )
                    result.rss_mib.append(_rss_mib(process.pid))
                # Let the bot catch up with what was pushed: SIGTERM before that would leave
                # the rest in its journal, for the next start (as a deployed bot does).
                settling = time.perf_counter()
                await wait_until_handled(
                    result.pushed,
                    lambda: len(api.pending_updates),
                    lambda: journal_counts(database),
                    SETTLE_TIMEOUT,
                )
                result.settle_seconds = time.perf_counter() - settling
                await asyncio.sleep(2.0)  # (the last replies' quiz timers)
                result.seconds = time.perf_counter() - started
                counted = journal_counts(database)
                result.handled = counted[1] if counted is not None else 0
            finally:
                stopping = time.perf_counter()
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=STOP_TIMEOUT)
                    result.stop_seconds = time.perf_counter() - stopping
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        db = open_database(database)
        try:
            quiz_counts = quiz_store.run_counts(db)
            changes = sum(entry.action != "denied" for entry in audit.entries(db))
        finally:
            db.close()
        result.delivered = {
            "messages": delivered["sendMessage"],
            "inline answers": delivered["answerInlineQuery"],
            "quiz polls": delivered["sendPoll"],
            "quiz answers counted": quiz_counts["answers"],
            "finished quizzes": quiz_counts.get(quiz_store.STATUS_FINISHED, 0),
            "admin changes": changes,
        }
        log_text = stderr_path.read_text(encoding="utf-8", errors="replace")
        result.errors = log_text.count(" ERROR ") + log_text.count(" CRITICAL ")
        return result


def _minute_of_traffic(
    api: LocalBotApi,
    rng: random.Random,
    pool: list[str],
    minute: int,
    answers: list[RecordedCall],
    polls: list[RecordedCall],
) -> list[dict]:
    updates = []
    for index in range(QUESTIONS_PER_MINUTE):
        user = rng.choice(USERS)
        question = rng.choice(pool)
        if index % 4 == 0:
            group = rng.choice(GROUPS)
            updates.append(api.group_message(group, user, f"/ask {question}"))
        else:
            updates.append(api.private_message(user, question))
    for _ in range(INLINE_PER_MINUTE):
        updates.append(api.inline_query(rng.choice(USERS), rng.choice(pool)))
    for call in rng.sample(answers[-50:], min(FEEDBACK_PER_MINUTE, len(answers[-50:]))):
        buttons = call.result["reply_markup"]["inline_keyboard"][0]
        updates.append(
            api.callback_query(call.params["chat_id"], call.result, buttons[-1]["callback_data"])
        )
    answered: set[tuple[str, int]] = set()
    for poll in polls[-30:]:  # the group members answer the open quiz questions
        poll_id = poll.result["poll"]["id"]
        for user in rng.sample(USERS, 8):
            if (poll_id, user) in answered:
                continue
            answered.add((poll_id, user))
            try:
                choice = rng.randrange(len(poll.result["poll"]["options"]))
                updates.append(api.poll_answer(poll_id, user, [choice]))
            except ValueError:  # closed, or this user already voted
                continue
    if minute % QUIZ_EVERY_MINUTES == 0:
        for group in GROUPS:
            updates.append(api.group_message(group, OWNER, "/quiz"))
    if minute % EDIT_EVERY_MINUTES == 0:
        updates.append(api.private_message(OWNER, f"/addq date متى خرج الجيش في الدقيقة {minute}"))
        if minute % (2 * EDIT_EVERY_MINUTES) == 0:
            updates.append(api.private_message(OWNER, "/undo"))
    return updates


def main(minutes: int = 30, seconds_per_minute: float = 6.0) -> SoakResult:
    result = asyncio.run(run_soak(minutes, seconds_per_minute))
    peak = max(result.rss_mib)
    print(
        f"soak: {minutes} simulated minutes in {result.seconds:.0f} s "
        f"({result.updates} updates pushed, {result.updates / result.seconds:.0f}/s)"
    )
    print(
        f"handled before the stop: {result.handled} of {result.pushed} "
        f"updates ({result.settle_seconds:.0f} s after the last minute)"
    )
    stop = "killed" if result.stop_seconds is None else f"{result.stop_seconds:.1f} s"
    print(f"stopped by SIGTERM in: {stop} (limit {STOP_TIMEOUT:.0f} s)")
    print("delivered: " + ", ".join(f"{k} {v}" for k, v in result.delivered.items()))
    print(f"errors logged: {result.errors}")
    print(
        f"bot process memory: {result.rss_mib[0]:.0f} MiB after minute 1, "
        f"{result.rss_mib[-1]:.0f} MiB at the end; peak {peak:.0f} MiB"
    )
    verdict = "grew" if result.grew > 10 else "did not grow"
    print(f"memory from the first third to the last: {result.grew:+.1f}% ({verdict})")
    return result
