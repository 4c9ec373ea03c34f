"""A quiz owner's walk, end to end over HTTP against the fake Bot API: every quiz-control
command in a private chat and in a group, as a member and as an admin, with bad input."""

from __future__ import annotations

import asyncio

import pytest

from bot import texts
from db import quiz as store
from tests.admin_helpers import base_state
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, send


async def _private(bot: RunningBot, text: str, user_id: int = USER_ID):
    return await send(bot.api, bot.api.private_message(user_id, text))


async def _group(bot: RunningBot, text: str, user_id: int = USER_ID):
    return await send(bot.api, bot.api.group_message(GROUP_ID, user_id, text))


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
    await _recorded_poll(bot, since)
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
