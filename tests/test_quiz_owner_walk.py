"""A quiz owner's walk, end to end over HTTP against the fake Bot API: every quiz-control
command in a private chat and in a group, as a member and as an admin, with bad input."""

from __future__ import annotations

import asyncio

from bot import texts
from db import quiz as store
from tests.conftest import USER_ID, RunningBot, send


async def _private(bot: RunningBot, text: str, user_id: int = USER_ID):
    return await send(bot.api, bot.api.private_message(user_id, text))


async def _recorded_poll(bot: RunningBot, since: int):
    """The next quiz poll, once the bot has stored it."""
    call = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    for _ in range(500):
        if store.get_poll(bot.services.db, call.result["poll"]["id"]) is not None:
            return call
        await asyncio.sleep(0.01)
    raise AssertionError("the bot did not record the poll it sent")


async def test_stop_in_private_with_no_quiz_says_what_it_stops(bot: RunningBot) -> None:
    reply = await _private(bot, "/stop")
    assert reply.result["text"] == texts.QUIZ_STOP_NOTHING_PRIVATE
    assert "/daily off" in reply.result["text"]


async def test_stop_in_private_stops_the_private_quiz(bot: RunningBot) -> None:
    since = bot.api.call_count
    await _private(bot, "/quiz")
    poll = await _recorded_poll(bot, since)
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(USER_ID, "/stop"))
    await bot.api.wait_for_call("stopPoll", since=since, timeout=10)
    summary = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    assert texts.QUIZ_STOPPED_TITLE in summary.result["text"]
    assert bot.api.poll(poll.result["poll"]["id"])["is_closed"]
    assert store.running_run(bot.services.db, USER_ID) is None
