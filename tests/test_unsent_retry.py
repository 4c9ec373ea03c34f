"""A send that timed out before it left (no connection became free in time) is sent again,
even a quiz poll: Telegram never saw it. One that timed out waiting for its answer may have
been delivered, so a poll is not sent twice. Under heavy load (200 daily quizzes at one
minute on a starved machine) polls waited past the connect timeout for one of the pooled
connections and were skipped as if they might have gone out: groups got no poll at all."""

from __future__ import annotations

import asyncio
import functools
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram.error import TimedOut

import bot.app
from bot.app import build_application, running
from bot.config import Config, Secret
from bot.delivery import DeliveryPolicy
from bot.http_client import NotSent
from bot.services import services_of
from bot.transport import SendingRequest
from db import quiz as store
from db import quiz_chats
from db.connection import open_database
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.patience import REPLY

GROUPS = [-1_003_000_000_001, -1_003_000_000_002]


async def _send(endpoint: str, first_error: Exception) -> tuple[object, int]:
    """One call through the policy whose first attempt fails with `first_error`."""
    policy = DeliveryPolicy(limited=False, first_backoff=0.01)
    await policy.initialize()
    attempts = 0

    async def post() -> dict[str, object]:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(0)
        if attempts == 1:
            raise first_error
        return {"message_id": 1}

    try:
        result: object = await policy.process_request(
            post, (), {}, endpoint, {"chat_id": GROUPS[0]}, None
        )
    except TimedOut as error:
        result = type(error).__name__
    return result, attempts


@pytest.mark.parametrize(
    ("endpoint", "first_error", "result", "attempts"),
    [
        # Never left: sent again, whatever the method.
        ("sendPoll", NotSent("no connection"), {"message_id": 1}, 2),
        ("stopPoll", NotSent("no connection"), {"message_id": 1}, 2),
        ("sendMessage", NotSent("no connection"), {"message_id": 1}, 2),
        # Its answer came late: a poll may be out already, so it goes back to the quiz.
        ("sendPoll", TimedOut(), "TimedOut", 1),
        ("sendMessage", TimedOut(), {"message_id": 1}, 2),
    ],
)
async def test_a_timeout_is_sent_again_only_when_it_never_left_or_cannot_show_twice(
    endpoint: str, first_error: Exception, result: object, attempts: int
) -> None:
    assert await _send(endpoint, first_error) == (result, attempts)


async def test_no_free_connection_in_time_is_not_sent(api: LocalBotApi) -> None:
    request = SendingRequest(1, connect_timeout=0.3, pool_timeout=0.1)
    await request.initialize()
    url = f"{api.base_url}{DEFAULT_TOKEN}/getMe"
    try:
        api.delay_next("getMe", 1.5)  # holds the only connection
        first = asyncio.create_task(request.post(url, None))
        await api.wait_for_call("getMe", timeout=REPLY)
        with pytest.raises(NotSent) as raised:
            await request.post(url, None)
        assert isinstance(raised.value, TimedOut)  # what PTB's own backend reports
        assert DEFAULT_TOKEN not in str(raised.value)  # it is logged when retried
        await first
    finally:
        await request.shutdown()
    assert len(api.calls_to("getMe")) == 1  # the second never reached Telegram


def _prepare(database: Path) -> None:
    db = open_database(database)
    now = store.iso(datetime.now(UTC))
    for chat_id in GROUPS:
        quiz_chats.ensure_chat(db, chat_id, "supergroup", f"حلقة {chat_id}", now)
        quiz_chats.update_settings(db, chat_id, now, questions=1, seconds=5)
        quiz_chats.set_schedule(db, chat_id, "20:30", "Asia/Riyadh", now)
    db.close()


@pytest.mark.slow
async def test_a_poll_that_waited_too_long_for_a_connection_is_still_sent_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One connection with short limits: while one group's poll holds it (a late answer),
    # the other group's poll cannot get it in time.
    monkeypatch.setattr(bot.app, "CONNECTION_POOL_SIZE", 1)
    monkeypatch.setattr(
        bot.app,
        "SendingRequest",
        functools.partial(SendingRequest, connect_timeout=0.3, pool_timeout=0.1),
    )
    database = tmp_path / "bot.db"
    _prepare(database)
    async with LocalBotApi(token=DEFAULT_TOKEN) as api:
        config = Config(token=Secret(DEFAULT_TOKEN), database_path=database)
        application = build_application(
            config, base_url=api.base_url, base_file_url=api.base_file_url
        )
        async with running(application, poll_timeout=1):
            api.delay_next("sendPoll", 1.5)
            queue = application.job_queue
            assert queue is not None
            for job in queue.jobs():
                if (job.name or "").startswith("daily:"):
                    job.job.modify(next_run_time=datetime.now(UTC))  # both at one minute
            db = services_of(application).db
            for _ in range(int(REPLY * 5)):
                if store.run_counts(db).get(store.STATUS_FINISHED, 0) == len(GROUPS):
                    break
                await asyncio.sleep(0.2)
        polls = Counter(c.params["chat_id"] for c in api.calls_to("sendPoll") if c.status == 200)
    assert polls == dict.fromkeys(GROUPS, 1)
