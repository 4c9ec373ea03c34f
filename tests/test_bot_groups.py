"""Groups answer only when addressed; inline mode answers anywhere."""

import asyncio

from tests.conftest import BOT_USERNAME, GROUP_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


async def _quiet(bot: RunningBot, since: int, seconds: float = 0.4) -> bool:
    """True when the bot sent nothing since `since` for a while."""
    await asyncio.sleep(seconds)
    return not (
        bot.api.calls_to("sendMessage", since=since) or bot.api.calls_to("sendPoll", since=since)
    )


async def test_plain_group_message_gets_no_reply(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.push_update(bot.api.group_message(GROUP_ID, USER_ID, "متى كانت غزوة تبوك؟"))
    assert await _quiet(bot, since)


async def test_ask_command_in_group_is_answered_as_a_reply(bot: RunningBot) -> None:
    update = bot.api.group_message(GROUP_ID, USER_ID, "/ask كم كان عدد جيش المسلمين")
    question_id = update["message"]["message_id"]
    call = await send(bot.api, update)
    assert call.params["chat_id"] == GROUP_ID
    assert call.result["reply_to_message"]["message_id"] == question_id
    assert "أربعين" in call.result["text"]


async def test_ask_with_bot_username_is_answered(bot: RunningBot) -> None:
    update = bot.api.group_message(GROUP_ID, USER_ID, f"/ask@{BOT_USERNAME} متى كانت الغزوة")
    call = await send(bot.api, update)
    assert "رجب" in call.result["text"]


async def test_ask_for_another_bot_is_ignored(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.push_update(bot.api.group_message(GROUP_ID, USER_ID, "/ask@OtherBot متى كانت"))
    assert await _quiet(bot, since)


async def test_mention_in_group_is_answered(bot: RunningBot) -> None:
    update = bot.api.group_message(GROUP_ID, USER_ID, f"@{BOT_USERNAME} ماذا قدم عثمان؟")
    call = await send(bot.api, update)
    assert "950" in call.result["text"]
    assert call.result["reply_to_message"]["message_id"] == update["message"]["message_id"]


async def test_reply_to_bot_message_is_answered(bot: RunningBot) -> None:
    first = await send(bot.api, bot.api.group_message(GROUP_ID, USER_ID, "/ask متى كانت الغزوة"))
    reply = bot.api.group_message(
        GROUP_ID,
        USER_ID,
        "لماذا سمي جيش العسرة بهذا الاسم",
        reply_to_bot_message_id=first.result["message_id"],
    )
    call = await send(bot.api, reply)
    assert "العسرة" in call.result["text"]


async def test_reply_to_another_user_is_ignored(bot: RunningBot) -> None:
    other = bot.api.group_message(GROUP_ID, 31337, "سؤال من عضو")
    bot.api.push_update(other)
    since = bot.api.call_count
    bot.api.push_update(
        bot.api.group_message(
            GROUP_ID,
            USER_ID,
            "متى كانت غزوة تبوك",
            reply_to_message_id=other["message"]["message_id"],
        )
    )
    assert await _quiet(bot, since)


async def test_inline_query_offers_matching_answers(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.push_update(bot.api.inline_query(USER_ID, "كم عدد جيش المسلمين"))
    call = await bot.api.wait_for_call("answerInlineQuery", since=since)
    results = call.params["results"]
    assert results[0]["id"] == "army_size"
    assert results[0]["title"] == bot.services.knowledge.engine.fact("army_size").questions[0]
    assert "أربعين" in results[0]["input_message_content"]["message_text"]


async def test_empty_inline_query_offers_popular_questions(bot: RunningBot) -> None:
    await send(bot.api, bot.api.private_message(USER_ID, "ماذا قدم عثمان"))
    since = bot.api.call_count
    bot.api.push_update(bot.api.inline_query(USER_ID, ""))
    call = await bot.api.wait_for_call("answerInlineQuery", since=since)
    ids = [result["id"] for result in call.params["results"]]
    assert ids[0] == "uthman_donation" and len(ids) == 5


async def test_inline_query_about_another_battle_offers_nothing(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.push_update(bot.api.inline_query(USER_ID, "متى كانت غزوة بدر"))
    call = await bot.api.wait_for_call("answerInlineQuery", since=since)
    assert call.params["results"] == []
