"""Daily quizzes are never lost: topics, a manual quiz at the daily minute, streaks."""

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot import texts
from db import quiz as store
from db import quiz_chats
from knowledge.quiz_selection import Chosen
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, FakeClock, RunningBot, fire_jobs_now, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

RIYADH = ZoneInfo("Asia/Riyadh")


async def _say(bot: RunningBot, user_id: int, text: str, **kwargs):
    return await send(bot.api, bot.api.group_message(GROUP_ID, user_id, text, **kwargs))


def _in_minutes(clock: FakeClock, minutes: int) -> str:
    return (clock.now + timedelta(minutes=minutes)).astimezone(RIYADH).strftime("%H:%M")


async def test_daily_quiz_goes_to_the_topic_daily_was_set_in(bot: RunningBot, clock) -> None:
    topic = bot.api.add_topic(GROUP_ID, "المسابقة اليومية")
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    at = _in_minutes(clock, 2)
    done = await _say(bot, OWNER_ID, f"/daily {at} Asia/Riyadh", message_thread_id=topic)
    assert done.params["message_thread_id"] == topic
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID).thread_id == topic
    clock.advance(180)
    since = bot.api.call_count
    await fire_jobs_now(bot.application, "daily:")
    poll = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    assert poll.params["message_thread_id"] == topic
    announcement = bot.api.calls_to("sendMessage", since=since)[0]
    assert texts.QUIZ_DAILY_STARTING.split("\n")[0] == announcement.params["text"].split("\n")[0]
    assert announcement.params["message_thread_id"] == topic


async def test_manual_quiz_at_the_daily_minute_then_the_daily_quiz(bot: RunningBot, clock) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    await _say(bot, OWNER_ID, "/quizsettings questions 1")
    await _say(bot, OWNER_ID, f"/daily {_in_minutes(clock, 1)} Asia/Riyadh")
    since = bot.api.call_count
    await _say(bot, USER_ID, "/quiz")
    manual = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    bot.api.push_update(bot.api.poll_answer(manual.result["poll"]["id"], USER_ID, [0]))
    clock.advance(120)  # the daily minute comes while the manual quiz runs
    await fire_jobs_now(bot.application, "daily:")
    await asyncio.sleep(0.3)
    runs = list(bot.services.db.query("SELECT kind, status FROM quiz_runs ORDER BY id"))
    assert [(r["kind"], r["status"]) for r in runs] == [("manual", "running")]
    since = bot.api.call_count
    await fire_jobs_now(bot.application, "quiz-step")  # the manual quiz ends
    daily_poll = await bot.api.wait_for_call("sendPoll", since=since, timeout=10)
    texts_sent = [call.params["text"] for call in bot.api.calls_to("sendMessage", since=since)]
    assert texts.QUIZ_SUMMARY_TITLE in texts_sent[0]
    assert texts_sent[1].startswith(texts.QUIZ_DAILY_AFTER_RUN.split("\n")[0])
    assert daily_poll.params["question"].startswith("(1/1) ")
    today = clock.now.astimezone(RIYADH).date().isoformat()
    assert store.daily_run_exists(bot.services.db, GROUP_ID, today)


def _held_daily(db, day: str, user_answers: dict[int, bool], at: datetime) -> None:
    """A daily quiz held on `day` with one poll, answered as given (stored directly)."""
    now = store.iso(at)
    run_id = store.create_run(
        db, chat_id=GROUP_ID, kind=store.KIND_DAILY, run_date=day, items=[Chosen("x", 0)],
        seconds=30,
        now=now,
    )  # fmt: skip
    run = store.get_run(db, run_id)
    poll_id = f"p-{day}"
    store.record_poll_sent(
        db, poll_id=poll_id, run=run, quiz_id="x", message_id=1, options=["a", "b"],
        correct_option=0, sent_at=now, closes_at=now, next_at=now,
    )  # fmt: skip
    store.finish_run(db, run_id, store.STATUS_FINISHED, now)
    poll = store.get_poll(db, poll_id)
    for user_id, correct in user_answers.items():
        store.record_answer(db, poll, user_id, correct, "طالب", None, now)


async def test_a_day_the_bot_missed_does_not_break_a_streak(bot: RunningBot, clock) -> None:
    db = bot.services.db
    quiz_chats.ensure_chat(db, GROUP_ID, "supergroup", "حلقة", store.iso(clock.now))
    quiz_chats.set_schedule(db, GROUP_ID, "20:00", "Asia/Riyadh", store.iso(clock.now))
    today = clock.now.astimezone(RIYADH).date()
    days = [(today - timedelta(days=n)).isoformat() for n in range(4, 0, -1)]
    at = datetime.now(UTC)
    _held_daily(db, days[0], {USER_ID: True}, at)
    _held_daily(db, days[1], {USER_ID: True}, at)
    # days[2]: the bot was down, no daily quiz went out
    _held_daily(db, days[3], {USER_ID: True}, at)
    mine = await _say(bot, USER_ID, "/myscore")
    assert "سلسلة الأيام المتتالية في المسابقة اليومية: 3" in mine.result["text"]
    _held_daily(db, today.isoformat(), {OWNER_ID: True}, at)  # held today, not answered yet
    mine = await _say(bot, USER_ID, "/myscore")
    assert "سلسلة الأيام المتتالية في المسابقة اليومية: 3" in mine.result["text"]
