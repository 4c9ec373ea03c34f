"""Leaderboards end to end over the fake Bot API: round ranking, /top periods, /myscore."""

import asyncio
from datetime import UTC, datetime

from bot import texts
from db import quiz as store
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, FakeClock, RunningBot, fire_jobs_now, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

OTHER = 5151
THIRD = 6161
SECOND_GROUP = -1009876543210


async def _say(bot: RunningBot, chat_id: int, user_id: int, text: str):
    return await send(bot.api, bot.api.group_message(chat_id, user_id, text))


async def _one_question_round(
    bot: RunningBot, clock: FakeClock, chat_id: int, answers: dict[int, bool]
) -> str:
    """A one-question quiz in `chat_id` answered as given (True: right); its summary text."""
    bot.api.set_member_status(chat_id, OWNER_ID, "administrator")
    await _say(bot, chat_id, OWNER_ID, "/quizsettings questions 1")
    since = bot.api.call_count
    await _say(bot, chat_id, OWNER_ID, "/quiz")
    poll = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    poll_id = poll.result["poll"]["id"]
    for _ in range(200):
        if store.get_poll(bot.services.db, poll_id) is not None:
            break
        await asyncio.sleep(0.01)
    right = poll.params["correct_option_ids"][0]
    for user_id, correct in answers.items():
        choice = right if correct else (right + 1) % len(poll.params["options"])
        bot.api.push_update(bot.api.poll_answer(poll_id, user_id, [choice]))
    db = bot.services.db
    for _ in range(500):
        if store.answer_counts(db, store.get_poll(db, poll_id).run_id) == [len(answers)]:
            break
        await asyncio.sleep(0.02)
    since = bot.api.call_count
    clock.advance(40)
    await fire_jobs_now(bot.application, "quiz-step")
    summary = await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=10,
        predicate=lambda call: texts.QUIZ_SUMMARY_TITLE in call.params.get("text", ""),
    )
    assert summary.status == 200
    return summary.result["text"]


async def test_ties_share_a_rank_and_nobody_gets_a_medal_for_zero(bot: RunningBot, clock) -> None:
    bot.api.add_user(OTHER, "سالم")
    bot.api.add_user(THIRD, "خالد")
    text = await _one_question_round(
        bot, clock, GROUP_ID, {USER_ID: True, OTHER: True, THIRD: False}
    )
    assert "🥇 1. طالب: 1 من 1" in text
    assert "🥇 1. سالم: 1 من 1" in text
    assert f"{texts.QUIZ_SUMMARY_NO_MEDAL} 3. خالد: 0 من 1" in text
    assert "🥉" not in text
    # This round's ranking, then the group's top 5 of the week.
    assert text.index(texts.QUIZ_SUMMARY_SCORES) < text.index(texts.QUIZ_SUMMARY_WEEK_TOP)
    week = text[text.index(texts.QUIZ_SUMMARY_WEEK_TOP) :]
    assert "1. طالب: 1" in week and "1. سالم: 1" in week and "خالد" not in week


async def test_a_150_player_round_fits_in_one_message(bot: RunningBot, clock) -> None:
    players = {9000 + n: n % 2 == 0 for n in range(150)}
    for user_id in players:
        bot.api.add_user(user_id, "مشارك باسم طويل جدا " + "ا" * 40)
    text = await _one_question_round(bot, clock, GROUP_ID, players)
    assert len(text) <= 4096
    assert "… وعدد آخر:" in text
    assert texts.QUIZ_SUMMARY_WEEK_TOP in text  # the week's top 5 still shown after the cut
    top = await _say(bot, GROUP_ID, USER_ID, "/top all")
    assert len(top.result["text"]) <= 4096
    # 75 share the first place: the first ten are listed, each with rank 1, then a count.
    assert top.result["text"].count("🥇 1. مشارك") == 10
    assert "… وعدد آخر: 65" in top.result["text"]


async def test_top_by_period(bot: RunningBot, clock) -> None:
    bot.api.add_user(OTHER, "سالم")
    await _one_question_round(bot, clock, GROUP_ID, {OTHER: True})
    clock.advance(3 * 86400)  # three days later
    await _one_question_round(bot, clock, GROUP_ID, {USER_ID: True})
    today = (await _say(bot, GROUP_ID, USER_ID, "/top today")).result["text"]
    assert texts.TOP_TODAY in today and "طالب" in today and "سالم" not in today
    week = (await _say(bot, GROUP_ID, USER_ID, "/top")).result["text"]
    assert texts.TOP_WEEK in week and "طالب" in week and "سالم" in week
    clock.advance(10 * 86400)
    month = (await _say(bot, GROUP_ID, USER_ID, "/top month")).result["text"]
    assert "طالب" in month and "سالم" in month
    quiet_week = (await _say(bot, GROUP_ID, USER_ID, "/top week")).result["text"]
    assert texts.TOP_EMPTY in quiet_week
    everyone = (await _say(bot, GROUP_ID, USER_ID, "/top all")).result["text"]
    assert texts.TOP_ALL_TIME in everyone and "🥇 1. سالم: 1" in everyone
    bad = await _say(bot, GROUP_ID, USER_ID, "/top year")
    assert bad.result["text"] == texts.TOP_USAGE


async def test_today_starts_at_the_chats_midnight_not_at_utc_midnight(bot: RunningBot) -> None:
    # 21:30 UTC is 00:30 in Riyadh (the default zone): an answer now is today's.
    bot.services.quiz.clock = FakeClock(datetime(2026, 12, 7, 21, 30, tzinfo=UTC))
    await _one_question_round(bot, bot.services.quiz.clock, GROUP_ID, {USER_ID: True})
    today = (await _say(bot, GROUP_ID, USER_ID, "/top today")).result["text"]
    assert texts.TOP_TODAY in today and "🥇 1. طالب: 1" in today


async def test_myscore_in_private_sums_every_group(bot: RunningBot, clock) -> None:
    bot.api.add_chat(GROUP_ID, title="حلقة الفجر")
    bot.api.add_chat(SECOND_GROUP, title="حلقة العصر")
    await _one_question_round(bot, clock, GROUP_ID, {USER_ID: True})
    await _one_question_round(bot, clock, SECOND_GROUP, {USER_ID: False})
    mine = await send(bot.api, bot.api.private_message(USER_ID, "/myscore"))
    text = mine.result["text"]
    assert "النقاط: 1" in text and "الإجابات الصحيحة: 1 من 2" in text
    assert "• حلقة الفجر: 1 من 1" in text and "• حلقة العصر: 0 من 1" in text
    in_group = await _say(bot, SECOND_GROUP, USER_ID, "/myscore")
    assert "الإجابات الصحيحة: 0 من 1" in in_group.result["text"]
    nobody = await send(bot.api, bot.api.private_message(OWNER_ID, "/myscore"))
    assert nobody.result["text"] == texts.MYSCORE_NONE_ANYWHERE
