"""A quiz poll closed before its time by someone in Telegram (a group owner stopping it):
the quiz ends after the usual pause with what was answered, not at its timer, and without
an error. End to end: the bot long-polls the fake Bot API over HTTP."""

import asyncio

from bot import texts
from db import quiz as store
from tests.conftest import (
    GROUP_ID,
    OWNER_ID,
    USER_ID,
    FakeClock,
    RunningBot,
    fire_jobs_now,
    recorded_poll,
    send,
)
from tests.patience import REPLY


async def _start_quiz(bot: RunningBot, questions: int = 5):
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    if questions != 5:
        setting = f"/quizsettings questions {questions}"
        await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, setting))
    since = bot.api.call_count
    await send(bot.api, bot.api.group_message(GROUP_ID, USER_ID, "/quiz"))
    return await recorded_poll(bot, since)


async def _summary(bot: RunningBot, since: int) -> str:
    call = await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=REPLY,
        predicate=lambda call: call.params.get("parse_mode") == "HTML",
    )
    return call.result["text"]


def _status(bot: RunningBot) -> str:
    rows = bot.services.db.query("SELECT status FROM quiz_runs ORDER BY id DESC LIMIT 1")
    return next(rows)["status"]


async def test_a_poll_closed_early_ends_the_quiz_with_the_answers_given(
    bot: RunningBot, clock: FakeClock
) -> None:
    poll = await _start_quiz(bot)
    poll_id = poll.result["poll"]["id"]
    right = poll.params["correct_option_ids"]
    # Voted before the close; Telegram may deliver the vote after the poll's closing.
    vote = bot.api.poll_answer(poll_id, USER_ID, right)
    clock.advance(5)  # well before its 30 s
    since = bot.api.call_count
    bot.api.push_update(bot.api.poll_closed_by_user(poll_id))
    bot.api.push_update(vote)
    text = await _summary(bot, since)
    assert text.startswith(texts.QUIZ_POLL_CLOSED_TITLE)
    assert "طالب: 1 من 1" in text  # the answer given before the close counts
    assert _status(bot) == store.STATUS_STOPPED
    assert store.running_run(bot.services.db, GROUP_ID) is None
    # It was closed already: the bot does not close it again, nor ask anything more.
    clock.advance(60)
    await fire_jobs_now(bot.application, "quiz-step", timeout=0.3)
    await asyncio.sleep(0.3)
    assert not bot.api.calls_to("stopPoll", since=since)
    assert not bot.api.calls_to("sendPoll", since=since)
    # Only one summary, and a new quiz may start.
    summaries = [c for c in bot.api.calls_to("sendMessage", since=since)
                 if c.params.get("parse_mode") == "HTML"]  # fmt: skip
    assert len(summaries) == 1
    since = bot.api.call_count
    await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/quiz"))
    await recorded_poll(bot, since)


async def test_a_poll_closed_by_its_timer_lets_the_quiz_go_on(
    bot: RunningBot, clock: FakeClock
) -> None:
    poll = await _start_quiz(bot)
    clock.advance(30)  # its time is over: Telegram closed it and says so
    since = bot.api.call_count
    bot.api.push_update(bot.api.poll_closed_by_user(poll.result["poll"]["id"]))
    await asyncio.sleep(0.5)
    assert store.running_run(bot.services.db, GROUP_ID) is not None
    clock.advance(2)
    await fire_jobs_now(bot.application, "quiz-step")
    second = await recorded_poll(bot, since)
    assert second.params["question"].startswith("(2/5) ")
    assert not [c for c in bot.api.calls_to("sendMessage", since=since)
                if c.params.get("parse_mode") == "HTML"]  # fmt: skip


async def test_the_last_question_closed_early_ends_the_quiz_as_usual(
    bot: RunningBot, clock: FakeClock
) -> None:
    poll = await _start_quiz(bot, questions=1)
    since = bot.api.call_count
    bot.api.push_update(bot.api.poll_closed_by_user(poll.result["poll"]["id"]))
    text = await _summary(bot, since)
    assert text.startswith(texts.QUIZ_SUMMARY_TITLE)
    assert _status(bot) == store.STATUS_FINISHED


async def test_the_close_of_a_poll_the_bot_stopped_changes_nothing(
    bot: RunningBot, clock: FakeClock
) -> None:
    poll = await _start_quiz(bot)
    since = bot.api.call_count
    await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/stopquiz"))
    await _summary(bot, since)
    # Telegram tells the bot about the poll it has just closed itself.
    bot.api.push_update(bot.api.poll_update(poll.result["poll"]["id"]))
    await asyncio.sleep(0.5)
    summaries = [c for c in bot.api.calls_to("sendMessage", since=since)
                 if c.params.get("parse_mode") == "HTML"]  # fmt: skip
    assert len(summaries) == 1
    assert _status(bot) == store.STATUS_STOPPED
