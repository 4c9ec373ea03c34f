"""Updates of different chats are handled side by side; one chat's updates stay in order."""

from fake_bot_api import LocalBotApi
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

SLOW_REPLY = 0.8  # seconds the fake server holds the first reply


def _reply_to(api: LocalBotApi, chat_id: int, since: int):
    return [c for c in api.calls_to("sendMessage", since=since) if c.params["chat_id"] == chat_id]


async def test_a_slow_reply_in_one_chat_does_not_hold_up_another_chat(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.delay_next("sendMessage", SLOW_REPLY)
    bot.api.push_update(bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    await bot.api.wait_for_call("sendMessage", since=since)
    bot.api.push_update(bot.api.private_message(OWNER_ID, "كم عدد جيش المسلمين في تبوك"))
    await bot.api.wait_for_calls("sendMessage", lambda c: c.status == 200, count=2, since=since)
    slow = _reply_to(bot.api, USER_ID, since)[0]
    other = _reply_to(bot.api, OWNER_ID, since)[0]
    # The second chat's answer was asked for while the first was still being delivered.
    assert other.time - slow.time < SLOW_REPLY / 2
    assert "رجب" in slow.result["text"] and "أربعين" in other.result["text"]


async def test_one_chats_messages_are_answered_in_the_order_they_came(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.delay_next("sendMessage", SLOW_REPLY)
    questions = ["متى كانت غزوة تبوك", "كم عدد جيش المسلمين في تبوك", "من صالح النبي في تبوك"]
    for question in questions:
        bot.api.push_update(bot.api.private_message(USER_ID, question))
    await bot.api.wait_for_calls("sendMessage", lambda c: c.status == 200, count=3, since=since)
    replies = _reply_to(bot.api, USER_ID, since)
    assert [c.seq for c in replies] == sorted(c.seq for c in replies)
    # The second reply waited for the slow first one to be delivered.
    assert replies[1].time - replies[0].time >= SLOW_REPLY * 0.9
    assert "رجب" in replies[0].result["text"] and "أربعين" in replies[1].result["text"]


async def test_group_messages_keep_their_order_too(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.delay_next("sendMessage", SLOW_REPLY)
    for question in ("/ask متى كانت غزوة تبوك", "/ask كم عدد جيش المسلمين في تبوك"):
        bot.api.push_update(bot.api.group_message(GROUP_ID, USER_ID, question))
    await bot.api.wait_for_calls("sendMessage", lambda c: c.status == 200, count=2, since=since)
    first, second = _reply_to(bot.api, GROUP_ID, since)
    assert second.time - first.time >= SLOW_REPLY * 0.9
    assert "رجب" in first.result["text"] and "أربعين" in second.result["text"]
