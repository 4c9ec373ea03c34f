"""A quiz owner's walk, end to end over HTTP against the fake Bot API: every quiz-control
command in a private chat and in a group, as a member and as an admin, with bad input."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from telegram.ext import Application

from bot import texts
from bot.app import build_application, running
from bot.config import Config
from bot.quiz_settings_input import changed_text, read_setting
from db import quiz as store
from db import quiz_chats
from db.connection import open_database
from fake_bot_api import LocalBotApi
from tests.admin_helpers import base_state
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, recorded_poll, send


async def _private(bot: RunningBot, text: str, user_id: int = USER_ID):
    return await send(bot.api, bot.api.private_message(user_id, text))


async def _group(bot: RunningBot, text: str, user_id: int = USER_ID):
    return await send(bot.api, bot.api.group_message(GROUP_ID, user_id, text))


async def test_stop_in_private_with_no_quiz_says_what_it_stops(bot: RunningBot) -> None:
    reply = await _private(bot, "/stop")
    assert reply.result["text"] == texts.QUIZ_STOP_NOTHING_PRIVATE
    assert "/daily إيقاف" in reply.result["text"]


async def test_stop_in_private_stops_the_private_quiz(bot: RunningBot) -> None:
    since = bot.api.call_count
    await _private(bot, "/quiz")
    poll = await recorded_poll(bot, since)
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(USER_ID, "/stop"))
    await bot.api.wait_for_call("stopPoll", since=since, timeout=10)
    summary = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    assert texts.QUIZ_STOPPED_TITLE in summary.result["text"]
    assert bot.api.poll(poll.result["poll"]["id"])["is_closed"]
    assert store.running_run(bot.services.db, USER_ID) is None


@pytest.mark.parametrize(
    ("text", "usage"),
    [
        ("/quiz 5", texts.QUIZ_USAGE),
        ("/quiz stop now", texts.QUIZ_USAGE),
        ("/myscore x", texts.MYSCORE_USAGE),
        ("/stopquiz now", texts.STOPQUIZ_USAGE),
        ("/stop 1", texts.STOPQUIZ_USAGE),
    ],
)
async def test_words_after_a_command_that_takes_none_change_nothing(
    bot: RunningBot, text: str, usage: str
) -> None:
    for send_to in (_private, _group):
        since = bot.api.call_count
        reply = await send_to(bot, text)
        assert reply.result["text"] == usage
        await asyncio.sleep(0.2)
        assert not bot.api.calls_to("sendPoll", since=since)
    assert store.running_run(bot.services.db, USER_ID) is None
    assert store.running_run(bot.services.db, GROUP_ID) is None


async def test_stopquiz_with_words_after_it_leaves_the_quiz_running(bot: RunningBot) -> None:
    since = bot.api.call_count
    await _group(bot, "/quiz")
    await recorded_poll(bot, since)
    refused = await _group(bot, "/stopquiz الآن")
    assert refused.result["text"] == texts.STOPQUIZ_USAGE
    assert store.running_run(bot.services.db, GROUP_ID) is not None
    since = bot.api.call_count
    bot.api.push_update(bot.api.group_message(GROUP_ID, USER_ID, "/quiz stop"))
    await bot.api.wait_for_call("stopPoll", since=since, timeout=10)


async def test_undo_with_a_fact_id_undoes_nothing(bot: RunningBot) -> None:
    await _private(bot, "/addq date متى خرج الجيش من المدينة إلى تبوك؟", OWNER_ID)
    before = base_state(bot.services.db)
    refused = await _private(bot, "/undo army_size", OWNER_ID)
    assert refused.result["text"] == texts.UNDO_USAGE
    assert base_state(bot.services.db) == before
    undone = await _private(bot, "/undo", OWNER_ID)
    assert undone.result["text"].startswith(texts.UNDO_DONE.split("(")[0])
    assert base_state(bot.services.db) != before


@asynccontextmanager
async def _bot_on(api: LocalBotApi, config: Config) -> AsyncIterator[Application]:
    """A fresh Application on the same database: what a restart does."""
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    async with running(application, poll_timeout=1):
        yield application


def _controls(config: Config) -> tuple[object, object]:
    """The group's stored schedule and settings, read from the database file itself."""
    db = open_database(config.database_path)
    try:
        return quiz_chats.get_schedule(db, GROUP_ID), quiz_chats.chat_settings(db, GROUP_ID)
    finally:
        db.close()


async def _texts(api: LocalBotApi, user_id: int, *lines: str) -> list[str]:
    replies = []
    for line in lines:
        reply = await send(api, api.group_message(GROUP_ID, user_id, line))
        replies.append(reply.result["text"])
    return replies


# Slow: the bot is stopped and started again on the same database.
@pytest.mark.slow
async def test_group_quiz_controls_refusals_bad_input_repeats_and_a_restart(
    api: LocalBotApi, config: Config
) -> None:
    api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    async with _bot_on(api, config):
        untouched = _controls(config)
        assert untouched[0] is None
        # A member may look at the schedule and the settings, not change them.
        member = await _texts(
            api, USER_ID, "/daily 20:30", "/daily off", "/quizsettings seconds 20",
            "/quizsettings who all",
        )  # fmt: skip
        assert member == [texts.ADMINS_ONLY] * 4
        assert await _texts(api, USER_ID, "/daily") == [texts.DAILY_NONE]
        # Bad times and numbers from an admin are answered and change nothing.
        bad = await _texts(
            api, OWNER_ID, "/daily 25:00", "/daily 8:30 Mars/Olympus",
            "/quizsettings seconds 1000", "/quizsettings questions abc",
        )  # fmt: skip
        assert bad[0] == texts.DAILY_BAD_TIME.format(value="25:00")
        assert bad[1] == texts.DAILY_BAD_ZONE.format(value="Mars/Olympus")
        assert bad[2] == read_setting(["seconds", "1000"])
        assert bad[3] == read_setting(["questions", "abc"])
        assert _controls(config) == untouched
        # The same command twice: the same answer, one schedule.
        twice = await _texts(api, OWNER_ID, "/daily 20:30", "/daily 20:30")
        assert twice[0] == twice[1] and twice[0].startswith("✅")
        three = "/quizsettings questions 3"
        again = await _texts(api, OWNER_ID, three, three)
        assert again == [changed_text(read_setting(["questions", "3"]))] * 2  # type: ignore[arg-type]
        # (the Arabic word the replies teach, then the English one: both stop it)
        off = await _texts(api, OWNER_ID, "/daily إيقاف", "/daily off")
        assert off == [texts.DAILY_OFF, texts.DAILY_ALREADY_OFF]
        await _texts(api, OWNER_ID, "/daily 21:15 Africa/Cairo")
    before = _controls(config)
    async with _bot_on(api, config) as application:  # the restart
        assert _controls(config) == before
        assert len(application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}")) == 1
        shown = await _texts(api, USER_ID, "/daily", "/quizsettings", "/daily off")
        assert "21:15" in shown[0] and shown[0].startswith(texts.DAILY_SHOW.split("{")[0])
        assert "عدد الأسئلة: 3" in shown[1]
        assert shown[2] == texts.ADMINS_ONLY
        assert await _texts(api, OWNER_ID, "/daily off") == [texts.DAILY_OFF]
        assert not application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}")
