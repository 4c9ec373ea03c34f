"""Quizzes survive restarts: daily jobs come back, missed ones catch up once, answers count."""

import asyncio
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import texts
from bot.app import build_application, running
from bot.services import services_of
from db import quiz as store
from db import quiz_chats, quiz_standings
from fake_bot_api import LocalBotApi
from tests.conftest import (
    BOT_USERNAME,
    GROUP_ID,
    OWNER_ID,
    USER_ID,
    FakeClock,
    fire_jobs_now,
    send,
)

# Slow: each test stops and starts the bot again on the same database.
pytestmark = pytest.mark.slow

RIYADH = ZoneInfo("Asia/Riyadh")


@asynccontextmanager
async def bot_on(api, config, clock: FakeClock | None = None):
    """A fresh Application on the same database: what a restart does."""
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    if clock is not None:
        services_of(application).quiz.clock = clock
    async with running(application, poll_timeout=1):
        yield application


def _daily_jobs(application, chat_id: int):
    return application.job_queue.get_jobs_by_name(f"daily:{chat_id}")


async def test_daily_schedule_survives_restart_and_fires_at_its_minute(api, config) -> None:
    api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    soon = (datetime.now(RIYADH) + timedelta(hours=2)).strftime("%H:%M")
    async with bot_on(api, config):
        await send(api, api.group_message(GROUP_ID, OWNER_ID, f"/daily {soon} Asia/Riyadh"))

    async with bot_on(api, config) as application:  # the restart
        jobs = _daily_jobs(application, GROUP_ID)
        assert len(jobs) == 1
        next_run = jobs[0].next_t.astimezone(RIYADH)
        assert next_run.strftime("%H:%M") == soon
        assert next_run - datetime.now(RIYADH) <= timedelta(hours=2)
        since = api.call_count
        await fire_jobs_now(application, "daily:")  # its minute has come
        poll = await api.wait_for_call("sendPoll", since=since, timeout=10)
        assert poll.params["chat_id"] == GROUP_ID
        assert len(_daily_jobs(application, GROUP_ID)) == 1  # still there for tomorrow


SET_ON = datetime(2026, 11, 20, 9, 0, tzinfo=RIYADH)  # when /daily was sent, days before


def _schedule(config, at: str, when: datetime = SET_ON) -> None:
    from db.connection import open_database

    db = open_database(config.database_path)
    now = store.iso(when.astimezone(UTC))
    quiz_chats.ensure_chat(db, GROUP_ID, "supergroup", "حلقة", now)
    quiz_chats.set_schedule(db, GROUP_ID, at, "Asia/Riyadh", now)
    db.close()


async def test_missed_daily_quiz_runs_once_when_back_within_30_minutes(api, config) -> None:
    _schedule(config, "20:00")
    back = FakeClock(datetime(2026, 11, 23, 20, 10, tzinfo=RIYADH).astimezone(UTC))
    async with bot_on(api, config, back) as application:
        await api.wait_for_call("sendPoll", timeout=10)
        db = services_of(application).db
        assert store.daily_run_exists(db, GROUP_ID, "2026-11-23")
    back.advance(60)
    async with bot_on(api, config, back) as application:  # a second restart that evening
        await asyncio.sleep(0.5)
        db = services_of(application).db
        runs = list(db.query("SELECT id, kind, run_date FROM quiz_runs"))
        assert [(r["kind"], r["run_date"]) for r in runs] == [("daily", "2026-11-23")]
        # What was sent since is the same quiz carrying on, not a second one.
        sent = {row["run_id"] for row in db.query("SELECT run_id FROM quiz_polls")}
        assert sent == {runs[0]["id"]}


async def test_missed_daily_quiz_is_caught_up_until_the_end_of_its_day_with_a_note(
    api, config
) -> None:
    _schedule(config, "20:00")
    late = FakeClock(datetime(2026, 11, 23, 23, 40, tzinfo=RIYADH).astimezone(UTC))
    async with bot_on(api, config, late) as application:
        poll = await api.wait_for_call("sendPoll", timeout=10)
        assert poll.params["chat_id"] == GROUP_ID
        note = texts.QUIZ_DAILY_LATE.split("(")[0]
        assert any(note in text for text in api.sent_texts(GROUP_ID))
        assert store.daily_run_exists(services_of(application).db, GROUP_ID, "2026-11-23")
        assert len(_daily_jobs(application, GROUP_ID)) == 1


async def test_a_day_already_over_is_not_caught_up(api, config) -> None:
    _schedule(config, "20:00")
    next_morning = FakeClock(datetime(2026, 11, 24, 9, 0, tzinfo=RIYADH).astimezone(UTC))
    async with bot_on(api, config, next_morning) as application:
        await asyncio.sleep(0.5)
        assert not api.calls_to("sendPoll")
        assert not store.daily_run_exists(services_of(application).db, GROUP_ID, "2026-11-23")
        assert len(_daily_jobs(application, GROUP_ID)) == 1


async def test_a_schedule_set_after_its_minute_starts_tomorrow(api, config) -> None:
    _schedule(config, "20:00", when=datetime(2026, 11, 23, 21, 0, tzinfo=RIYADH))
    later = FakeClock(datetime(2026, 11, 23, 22, 0, tzinfo=RIYADH).astimezone(UTC))
    async with bot_on(api, config, later):
        await asyncio.sleep(0.5)
        assert not api.calls_to("sendPoll")


async def test_missed_quiz_just_before_midnight_counts_for_that_day(api, config) -> None:
    _schedule(config, "23:55")
    after_midnight = FakeClock(datetime(2026, 11, 24, 0, 10, tzinfo=RIYADH).astimezone(UTC))
    async with bot_on(api, config, after_midnight) as application:
        await api.wait_for_call("sendPoll", timeout=10)
        assert store.daily_run_exists(services_of(application).db, GROUP_ID, "2026-11-23")


async def test_answers_to_a_poll_sent_before_restart_still_count(api, config) -> None:
    clock = FakeClock()
    async with bot_on(api, config, clock):
        since = api.call_count
        await send(api, api.private_message(USER_ID, "/quizsettings questions 2"))
        await send(api, api.private_message(USER_ID, "/quiz"))
        first = await api.wait_for_call("sendPoll", since=since, timeout=10)
        await asyncio.sleep(0.3)  # recorded in the database

    async with bot_on(api, config, clock) as application:
        right = first.params["correct_option_ids"]
        api.push_update(api.poll_answer(first.result["poll"]["id"], USER_ID, right))
        await asyncio.sleep(0.5)
        db = services_of(application).db
        assert quiz_standings.player_totals(db, USER_ID, USER_ID) == (1, 1)
        # The quiz carries on where it stopped: the second question, then the summary.
        since = api.call_count
        clock.advance(40)
        await fire_jobs_now(application, "quiz-step")
        second = await api.wait_for_call("sendPoll", since=since, timeout=10)
        assert second.params["question"] != first.params["question"]
        assert len(api.calls_to("sendPoll")) == 2


async def _recorded(application, poll_call) -> bool:
    db = services_of(application).db
    for _ in range(200):
        if store.get_poll(db, poll_call.result["poll"]["id"]) is not None:
            return True
        await asyncio.sleep(0.01)
    return False


async def _quiz_then_stop(api, config) -> str:
    """One offline-chat session: a quiz, stopped; returns the id of the poll it sent."""
    async with bot_on(api, config) as application:
        since = api.call_count
        await send(api, api.private_message(USER_ID, "/quiz"))
        poll = await api.wait_for_call("sendPoll", since=since, timeout=10)
        assert await _recorded(application, poll)
        await send(api, api.private_message(USER_ID, "/stopquiz"))
    return poll.result["poll"]["id"]


async def test_a_second_offline_session_on_the_same_database_runs_quizzes(api, config) -> None:
    first = await _quiz_then_stop(api, config)
    async with LocalBotApi(bot_username=BOT_USERNAME, privacy_mode=False) as second:
        second.add_user(USER_ID, "طالب")
        async with bot_on(second, config) as application:
            await send(second, second.private_message(USER_ID, "/quiz"))
            poll = await second.wait_for_call("sendPoll", timeout=10)
            assert poll.result["poll"]["id"] != first  # a new server, new poll ids
            assert await _recorded(application, poll)


async def test_a_poll_id_already_stored_ends_the_run_and_does_not_block_quiz(api, config) -> None:
    await _quiz_then_stop(api, config)
    async with LocalBotApi(bot_username=BOT_USERNAME, privacy_mode=False) as second:
        second.add_user(USER_ID, "طالب")
        second.poll_id_base = api.poll_id_base  # the old fake's ids again: a collision
        async with bot_on(second, config) as application:
            since = second.call_count
            second.push_update(second.private_message(USER_ID, "/quiz"))
            await second.wait_for_call(
                "sendMessage",
                since=since,
                timeout=10,
                predicate=lambda call: call.params.get("text") == texts.QUIZ_FAILED,
            )
            db = services_of(application).db
            assert store.running_run(db, USER_ID) is None
            since = second.call_count
            await send(second, second.private_message(USER_ID, "/quiz"))
            poll = await second.wait_for_call("sendPoll", since=since, timeout=10)
            assert await _recorded(application, poll)


async def _group_quiz(api, application):
    """A member starts a quiz in the group: its first poll's call, once stored."""
    since = api.call_count
    await send(api, api.group_message(GROUP_ID, USER_ID, "/quiz"))
    poll = await api.wait_for_call("sendPoll", since=since, timeout=10)
    assert await _recorded(application, poll)
    return poll


async def test_a_run_left_from_long_downtime_is_closed_with_a_note(api, config) -> None:
    clock = FakeClock()
    async with bot_on(api, config, clock) as application:
        await _group_quiz(api, application)
    clock.advance(5 * 30 + 3600 + 60)  # longer than 5 questions of 30 s, plus an hour
    since = api.call_count
    async with bot_on(api, config, clock) as application:
        note = await api.wait_for_call("sendMessage", since=since, timeout=10)
        assert note.params["text"] == texts.QUIZ_EXPIRED
        assert note.params["chat_id"] == GROUP_ID
        await asyncio.sleep(0.3)
        assert not api.calls_to("sendPoll", since=since)  # not resumed
        db = services_of(application).db
        statuses = [row["status"] for row in db.query("SELECT status FROM quiz_runs")]
        assert statuses == [store.STATUS_EXPIRED]


async def test_a_quiz_whose_poll_was_closed_early_ends_after_a_restart_too(api, config) -> None:
    """The poll is closed in Telegram and the bot stops before the quiz's end step: after
    the restart the quiz ends (summary with what was answered), it asks nothing more."""
    clock = FakeClock()
    async with bot_on(api, config, clock) as application:
        poll = await _group_quiz(api, application)
        poll_id = poll.result["poll"]["id"]
        api.push_update(api.poll_answer(poll_id, USER_ID, poll.params["correct_option_ids"]))
        api.push_update(api.poll_closed_by_user(poll_id))
        db = services_of(application).db
        for _ in range(200):
            run = store.running_run(db, GROUP_ID)
            if run is not None and run.ending is not None:
                break
            await asyncio.sleep(0.01)
        assert run is not None and run.ending == store.ENDING_POLL_CLOSED
    # Stopped within the pause before the end: no summary yet.
    assert not [c for c in api.calls_to("sendMessage") if c.params.get("parse_mode") == "HTML"]

    since = api.call_count
    async with bot_on(api, config, clock) as application:  # the restart
        summary = await api.wait_for_call(
            "sendMessage",
            since=since,
            timeout=10,
            predicate=lambda call: call.params.get("parse_mode") == "HTML",
        )
        assert summary.result["text"].startswith(texts.QUIZ_POLL_CLOSED_TITLE)
        assert "طالب: 1 من 1" in summary.result["text"]
        await asyncio.sleep(0.3)
        assert not api.calls_to("sendPoll", since=since)
        db = services_of(application).db
        assert [row["status"] for row in db.query("SELECT status FROM quiz_runs")] == [
            store.STATUS_STOPPED
        ]


async def test_owed_quiz_messages_are_sent_at_start_a_stale_note_is_not(api, config) -> None:
    """What the last run could not send: a summary goes out however late, a note only
    while fresh (an hour); oldest first, each once."""
    from db.connection import open_database
    from db.quiz_endings import owe_message

    now = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    db = open_database(config.database_path)
    owed = [  # (text, summary?, hours ago)
        ("ملخص قديم", True, 48),
        ("تنبيه قديم", False, 2),
        ("تنبيه حديث", False, 0.2),
    ]
    for text, lasting, hours in owed:
        written = store.iso(now - timedelta(hours=hours))
        owe_message(db, chat_id=GROUP_ID, thread_id=None, text=text, html=False,
                    lasting=lasting, now=written)  # fmt: skip
    db.close()
    since = api.call_count
    async with bot_on(api, config, FakeClock(now)) as application:
        await api.wait_for_calls("sendMessage", count=2, since=since, timeout=10)
        await asyncio.sleep(0.3)
        sent = [c.params["text"] for c in api.calls_to("sendMessage", since=since)]
        assert sent == ["ملخص قديم", "تنبيه حديث"]
        left = services_of(application).db.query("SELECT COUNT(*) AS n FROM quiz_outbox")
        assert next(left)["n"] == 0
