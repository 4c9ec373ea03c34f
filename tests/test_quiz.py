"""Quizzes end to end over the fake Bot API: polls, scores, leaderboards, admin checks."""

import asyncio
from datetime import date

import pytest

from bot import texts
from db import quiz_chats, quiz_standings
from knowledge.quiz_scores import current_streak
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

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

OTHER_USER = 5151


def _option_texts(params: dict) -> list[str]:
    return [o["text"] if isinstance(o, dict) else o for o in params["options"]]


async def _close_current_question(bot: RunningBot, clock: FakeClock, seconds: int) -> int:
    """Let the open poll's time run out (by the clock) and the quiz move on."""
    since = bot.api.call_count
    clock.advance(seconds + 3)
    assert await fire_jobs_now(bot.application, "quiz-step") == 1
    return since


async def _group_admin(bot: RunningBot, user_id: int = OWNER_ID) -> None:
    bot.api.set_member_status(GROUP_ID, user_id, "administrator")


async def _set(bot: RunningBot, chat_id: int, user_id: int, text: str):
    if chat_id < 0:
        return await send(bot.api, bot.api.group_message(chat_id, user_id, text))
    return await send(bot.api, bot.api.private_message(user_id, text))


# End to end: a group quiz with its polls over HTTP, as in production.
@pytest.mark.http
async def test_quiz_sends_native_quiz_polls_then_a_summary(bot: RunningBot, clock) -> None:
    await _set(bot, USER_ID, USER_ID, "/quizsettings questions 3")
    since = bot.api.call_count
    started = await _set(bot, USER_ID, USER_ID, "/quiz")
    assert "عدد الأسئلة: 3" in started.result["text"]
    quizzes = {q.question: q for q in bot.services.knowledge.base.quizzes}
    asked = []
    for number in range(1, 4):
        poll = await recorded_poll(bot, since)
        params = poll.params
        assert params["type"] == "quiz" and params["is_anonymous"] is False
        assert params["open_period"] == 30
        prefix = f"({number}/3) "  # each poll says where it stands in the round
        assert params["question"].startswith(prefix)
        item = quizzes[params["question"].removeprefix(prefix)]
        options = _option_texts(params)
        assert sorted(options) == sorted(item.options)
        assert options[params["correct_option_ids"][0]] == item.options[item.correct]
        assert params["explanation"] == item.explanation
        asked.append(item)
        bot.api.push_update(bot.api.poll_answer(poll.result["poll"]["id"], USER_ID, [0]))
        await asyncio.sleep(0.2)
        since = await _close_current_question(bot, clock, 30)
    summary = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    assert texts.QUIZ_SUMMARY_TITLE in summary.result["text"]
    assert len({item.id for item in asked}) == 3
    assert len({item.fact_id for item in asked}) == 3  # never two about the same fact


async def test_second_quiz_while_one_runs_is_refused(bot: RunningBot, clock) -> None:
    since = bot.api.call_count
    await _set(bot, USER_ID, USER_ID, "/quiz")
    await recorded_poll(bot, since)
    again = await _set(bot, USER_ID, USER_ID, "/quiz")
    assert again.result["text"] == texts.QUIZ_ALREADY_RUNNING


async def test_answers_score_once_and_show_in_summary_top_and_myscore(
    bot: RunningBot, clock
) -> None:
    await _group_admin(bot)
    await _set(bot, GROUP_ID, OWNER_ID, "/quizsettings questions 2")
    since = bot.api.call_count
    await _set(bot, GROUP_ID, USER_ID, "/quiz")
    for _ in range(2):
        poll = await recorded_poll(bot, since)
        poll_id = poll.result["poll"]["id"]
        right = poll.params["correct_option_ids"][0]
        wrong = (right + 1) % len(_option_texts(poll.params))
        bot.api.push_update(bot.api.poll_answer(poll_id, USER_ID, [right]))
        bot.api.push_update(bot.api.poll_answer(poll_id, OTHER_USER, [wrong]))
        await asyncio.sleep(0.3)
        since = await _close_current_question(bot, clock, 30)
    summary = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    text = summary.result["text"]
    assert "طالب: 2 من 2" in text
    assert f"{bot.api.user_display(OTHER_USER)}: 0 من 2" in text

    top = await _set(bot, GROUP_ID, OTHER_USER, "/top")
    assert "1. طالب: 2" in top.result["text"]
    mine = await _set(bot, GROUP_ID, USER_ID, "/myscore")
    assert "النقاط: 2" in mine.result["text"] and "الدقة: 100٪" in mine.result["text"]
    theirs = await _set(bot, GROUP_ID, OTHER_USER, "/myscore")
    assert "الإجابات الصحيحة: 0 من 2" in theirs.result["text"]


async def test_late_answers_count_but_unknown_polls_are_ignored(bot: RunningBot, clock) -> None:
    since = bot.api.call_count
    await _set(bot, USER_ID, USER_ID, "/quiz")
    poll = await recorded_poll(bot, since)
    clock.advance(600)  # processed long after the poll closed (the bot was busy or restarting)
    bot.api.push_update(
        bot.api.poll_answer(poll.result["poll"]["id"], USER_ID, poll.params["correct_option_ids"])
    )
    bot.api.push_update(
        {"poll_answer": {"poll_id": "not-ours", "user": bot.api.user(USER_ID),
                         "option_ids": [0], "option_persistent_ids": ["x"]}}
    )  # fmt: skip
    await asyncio.sleep(0.5)
    assert quiz_standings.player_totals(bot.services.db, USER_ID, USER_ID) == (1, 1)


async def test_non_admin_cannot_change_schedule_or_settings_in_a_group(bot: RunningBot) -> None:
    refused = await _set(bot, GROUP_ID, USER_ID, "/daily 20:30")
    assert refused.result["text"] == texts.ADMINS_ONLY
    assert bot.api.calls_to("getChatMember")
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID) is None
    refused = await _set(bot, GROUP_ID, USER_ID, "/quizsettings questions 9")
    assert refused.result["text"] == texts.ADMINS_ONLY
    assert quiz_chats.chat_settings(bot.services.db, GROUP_ID).questions == 5


async def test_admin_schedules_shows_and_stops_daily_quiz(bot: RunningBot) -> None:
    await _group_admin(bot)
    done = await _set(bot, GROUP_ID, OWNER_ID, "/daily 20:30 Africa/Cairo")
    # The zone is named as Arabic speakers know it.
    assert "20:30" in done.result["text"] and "بتوقيت القاهرة" in done.result["text"]
    jobs = bot.application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}")
    assert len(jobs) == 1
    shown = await _set(bot, GROUP_ID, USER_ID, "/daily")
    assert "20:30" in shown.result["text"]
    await _set(bot, GROUP_ID, OWNER_ID, "/daily 21:00")  # re-schedule replaces the job
    assert len(bot.application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}")) == 1
    off = await _set(bot, GROUP_ID, OWNER_ID, "/daily off")
    assert off.result["text"] == texts.DAILY_OFF
    await asyncio.sleep(0.1)
    assert not bot.application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/daily 25:00", "غير صحيح"),
        ("/daily 13pm", "غير صحيح"),
        ("/daily 20:30 Mars/Olympus", "غير معروفة"),
        ("/quizsettings questions 0", "من 1 إلى 10"),
        ("/quizsettings seconds 3", "من 5 إلى 600"),
        ("/quizsettings colour red", "/quizsettings الأسئلة 5"),
        # Two numbers: how to write the command, not a range that 5 is in.
        ("/quizsettings الأسئلة 5 6", "اكتب اسم الإعداد ثم قيمته"),
    ],
)
async def test_bad_schedule_and_settings_get_clear_errors(
    bot: RunningBot, command: str, expected: str
) -> None:
    reply = await _set(bot, USER_ID, USER_ID, command)
    assert expected in reply.result["text"]
    assert quiz_chats.get_schedule(bot.services.db, USER_ID) is None
    settings = quiz_chats.chat_settings(bot.services.db, USER_ID)
    assert (settings.questions, settings.seconds) == (5, 30)


async def test_removal_from_group_stops_its_schedule(bot: RunningBot) -> None:
    await _group_admin(bot)
    await _set(bot, GROUP_ID, OWNER_ID, "/daily 20:30")
    bot.api.push_update(bot.api.my_chat_member(GROUP_ID, "kicked"))
    for _ in range(50):
        await asyncio.sleep(0.05)
        if not bot.application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}"):
            break
    assert not bot.application.job_queue.get_jobs_by_name(f"daily:{GROUP_ID}")
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID).enabled is False


async def test_migration_to_supergroup_moves_schedule_and_scores(bot: RunningBot, clock) -> None:
    old_group, new_group = -4001, -1004001
    bot.api.set_member_status(old_group, OWNER_ID, "administrator")
    await _set(bot, old_group, OWNER_ID, "/quizsettings questions 1")
    await _set(bot, old_group, OWNER_ID, "/daily 06:15")
    since = bot.api.call_count
    await _set(bot, old_group, USER_ID, "/quiz")
    poll = await recorded_poll(bot, since)
    bot.api.push_update(
        bot.api.poll_answer(poll.result["poll"]["id"], USER_ID, poll.params["correct_option_ids"])
    )
    await asyncio.sleep(0.3)
    bot.api.push_update(bot.api.migrate_to_chat(old_group, new_group))
    for _ in range(50):
        await asyncio.sleep(0.05)
        if bot.application.job_queue.get_jobs_by_name(f"daily:{new_group}"):
            break
    db = bot.services.db
    assert quiz_chats.get_schedule(db, new_group).time == "06:15"
    assert quiz_chats.get_schedule(db, old_group) is None
    assert quiz_standings.player_totals(db, new_group, USER_ID) == (1, 1)
    assert not bot.application.job_queue.get_jobs_by_name(f"daily:{old_group}")


def test_streak_counts_held_daily_quizzes_in_a_row() -> None:
    today = date(2026, 11, 23)
    held = {"2026-11-23", "2026-11-22", "2026-11-21", "2026-11-20", "2026-11-19"}
    assert current_streak({"2026-11-23", "2026-11-22", "2026-11-21"}, held, today) == 3
    # Today's quiz not answered (yet) does not break it; a held day missed does.
    assert current_streak({"2026-11-22", "2026-11-21", "2026-11-19"}, held, today) == 2
    assert current_streak({"2026-11-20"}, held, today) == 0
    assert current_streak(set(), held, today) == 0


def test_a_day_the_bot_missed_never_breaks_a_streak() -> None:
    today = date(2026, 11, 23)
    held = {"2026-11-23", "2026-11-21", "2026-11-20"}  # no daily quiz went out on the 22nd
    assert current_streak({"2026-11-23", "2026-11-21", "2026-11-20"}, held, today) == 3
