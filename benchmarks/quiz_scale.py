"""Benchmark: many groups with a daily quiz at the same minute, under Telegram's limits.

The local Bot API server enforces about 30 messages/s overall and 20/min per group and
answers 429 when they are exceeded; the bot runs as in production (rate limiter on).
Prints how long delivery took against the ideal set by the 30/s limit, and checks that
every group got its quiz exactly once.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from bot.app import build_application, running
from bot.config import Config, Secret
from bot.services import services_of
from db import quiz as store
from db import quiz_chats
from db.connection import open_database
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi

OVERALL_PER_SECOND = 30
GROUP_PER_MINUTE = 20
FIRST_GROUP_ID = -1_002_000_000_000


@dataclass
class ScaleResult:
    groups: int
    messages: int
    seconds: float
    rejected_429: int
    failed_5xx: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ideal_seconds(self) -> float:
        return self.messages / OVERALL_PER_SECOND


def group_ids(count: int) -> list[int]:
    return [FIRST_GROUP_ID - index for index in range(count)]


def _prepare(database: Path, groups: list[int], questions: int, seconds: int) -> None:
    db = open_database(database)
    now = store.iso(datetime.now(UTC))
    for chat_id in groups:
        quiz_chats.ensure_chat(db, chat_id, "supergroup", f"حلقة {chat_id}", now)
        quiz_chats.update_settings(db, chat_id, now, questions=questions, seconds=seconds)
        quiz_chats.set_schedule(db, chat_id, "20:30", "Asia/Riyadh", now)
    db.close()


async def run_scale(
    groups: int,
    *,
    questions: int = 1,
    seconds: int = 5,
    storm_429: int = 0,
    errors_5xx: int = 0,
    timeout: float = 1800.0,
) -> ScaleResult:
    """Fire every group's daily job at once; wait until each group has its summary."""
    chat_ids = group_ids(groups)
    with tempfile.TemporaryDirectory() as workdir:
        database = Path(workdir) / "scale.db"
        _prepare(database, chat_ids, questions, seconds)
        async with LocalBotApi(token=DEFAULT_TOKEN) as api:
            api.enforce_flood_limits(
                per_second=OVERALL_PER_SECOND, per_group_per_minute=GROUP_PER_MINUTE
            )
            config = Config(token=Secret(DEFAULT_TOKEN), database_path=database)
            application = build_application(
                config, base_url=api.base_url, base_file_url=api.base_file_url
            )
            async with running(application, poll_timeout=1):
                queue = application.job_queue
                assert queue is not None
                daily = [job for job in queue.jobs() if (job.name or "").startswith("daily:")]
                if storm_429:
                    api.fail_next("sendPoll", status=429, retry_after=1, count=storm_429)
                if errors_5xx:
                    api.fail_next("sendMessage", status=500, count=errors_5xx)
                started = time.perf_counter()
                for job in daily:  # the shared minute has come
                    job.job.modify(next_run_time=datetime.now(UTC))
                db = services_of(application).db
                deadline = started + timeout
                while time.perf_counter() < deadline:
                    counts = store.run_counts(db)
                    finished = counts.get(store.STATUS_FINISHED, 0) + counts.get(
                        store.STATUS_CANCELLED, 0
                    )
                    # A run is marked finished before its summary is sent (so a crash never
                    # shows two summaries); a summary meeting a 5xx is still being retried.
                    if finished >= groups and _delivered(api) >= groups * (questions + 2):
                        break
                    await asyncio.sleep(0.2)
                elapsed = time.perf_counter() - started
                return _check(api, chat_ids, questions, elapsed, len(daily))


def _delivered(api: LocalBotApi) -> int:
    """Polls and messages the server accepted so far."""
    return sum(1 for c in api.calls if c.status == 200 and c.method in ("sendPoll", "sendMessage"))


def _check(
    api: LocalBotApi, chat_ids: list[int], questions: int, elapsed: float, jobs: int
) -> ScaleResult:
    delivered = [
        c for c in api.calls if c.status == 200 and c.method in ("sendPoll", "sendMessage")
    ]
    polls = Counter(c.params["chat_id"] for c in delivered if c.method == "sendPoll")
    messages = Counter(c.params["chat_id"] for c in delivered if c.method == "sendMessage")
    problems = []
    if jobs != len(chat_ids):
        problems.append(f"{jobs} daily jobs for {len(chat_ids)} groups")
    for chat_id in chat_ids:
        if polls[chat_id] != questions:
            problems.append(f"group {chat_id}: {polls[chat_id]} polls, expected {questions}")
        if messages[chat_id] != 2:  # the announcement and the summary
            problems.append(f"group {chat_id}: {messages[chat_id]} messages, expected 2")
    statuses = Counter(c.status for c in api.calls)
    return ScaleResult(
        groups=len(chat_ids),
        messages=len(delivered),
        seconds=elapsed,
        rejected_429=statuses[429],
        failed_5xx=sum(n for status, n in statuses.items() if status and status >= 500),
        problems=problems,
    )


def main(groups: int = 1000, questions: int = 1, seconds: int = 5) -> ScaleResult:
    result = asyncio.run(run_scale(groups, questions=questions, seconds=seconds))
    print(
        f"{result.groups} groups, daily quiz at the same minute ({questions} question(s), "
        f"{seconds} s each): {result.messages} messages delivered"
    )
    print(
        f"took {result.seconds:.1f} s; ideal at {OVERALL_PER_SECOND} msg/s: "
        f"{result.ideal_seconds:.1f} s; ratio {result.seconds / result.ideal_seconds:.2f}"
    )
    print(f"429 answers (flood limits): {result.rejected_429}; 5xx answers: {result.failed_5xx}")
    print("every group got its quiz exactly once" if not result.problems else "PROBLEMS:")
    for problem in result.problems[:20]:
        print(f"  {problem}")
    return result
