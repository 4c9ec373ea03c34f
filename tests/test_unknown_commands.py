"""A command the bot does not have gets a pointer to /help, not silence.

A command that may be another bot's is left alone.
"""

from __future__ import annotations

import pytest

from bot import texts
from tests.admin_helpers import base_state
from tests.conftest import BOT_USERNAME, GROUP_ID, OWNER_ID, USER_ID, RunningBot, send

# Handler tests, except the one marked `http` (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


def _unknown(command: str) -> str:
    return texts.UNKNOWN_COMMAND.format(command=command)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("/foo", "/foo"),
        ("/quizz", "/quizz"),
        # The step of a guided /addfact, sent when no fact is being added.
        ("/done", "/done"),
        (f"/Foo@{BOT_USERNAME.lower()} كلمة", "/Foo"),
    ],
)
async def test_an_unknown_command_in_private_points_at_help(
    bot: RunningBot, text: str, command: str
) -> None:
    before = base_state(bot.services.db)
    reply = await send(bot.api, bot.api.private_message(USER_ID, text))
    assert reply.result["text"] == _unknown(command)
    assert base_state(bot.services.db) == before


async def test_an_unknown_command_addressed_to_the_bot_in_a_group_is_answered(
    bot: RunningBot,
) -> None:
    reply = await send(bot.api, bot.api.group_message(GROUP_ID, USER_ID, f"/foo@{BOT_USERNAME}"))
    assert reply.result["text"] == _unknown("/foo")


def _message(bot: RunningBot, chat: str, text: str) -> dict:
    if chat == "group":
        return bot.api.group_message(GROUP_ID, USER_ID, text)
    return bot.api.private_message(USER_ID, text)


@pytest.mark.parametrize(
    ("chat", "text"),
    [("group", "/foo"), ("group", "/foo@OtherBot"), ("private", "/start@OtherBot")],
)
async def test_a_command_that_may_be_another_bots_is_left_alone(
    bot: RunningBot, chat: str, text: str
) -> None:
    since = bot.api.call_count
    bot.api.push_update(_message(bot, chat, text))
    # Updates of one chat are handled in order: the reply to /about comes after the first.
    about = await send(bot.api, _message(bot, chat, f"/about@{BOT_USERNAME}"))
    assert about.result["text"].startswith(texts.ABOUT.split("{")[0])
    assert bot.api.calls_to("sendMessage", since=since) == [about]


async def test_known_commands_are_not_taken_for_unknown_ones(bot: RunningBot) -> None:
    for text in ("/help", "/cancel", "/top", "/myscore"):
        reply = await send(bot.api, bot.api.private_message(USER_ID, text))
        assert reply.result["text"] != _unknown(text)


async def test_done_still_ends_the_phrasings_of_a_guided_addfact(bot: RunningBot) -> None:
    await send(bot.api, bot.api.private_message(OWNER_ID, "/addfact"))
    await send(bot.api, bot.api.private_message(OWNER_ID, "ما اسم ناقة النبي في تبوك"))
    done = await send(bot.api, bot.api.private_message(OWNER_ID, "/done"))
    assert done.result["text"] == texts.ADDFACT_ASK_ANSWER


@pytest.mark.http
async def test_an_unknown_command_is_answered_over_http(bot: RunningBot) -> None:
    reply = await send(bot.api, bot.api.private_message(USER_ID, "/foo"))
    assert reply.result["text"] == _unknown("/foo")
