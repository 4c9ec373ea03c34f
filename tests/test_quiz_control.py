"""Quiz control end to end over the fake Bot API: stopping, refusals, topics, settings."""

import asyncio
from datetime import timedelta

import pytest

from bot import texts
from bot.admin_records import Actor
from db import quiz as store
from db import quiz_chats, quiz_standings
from knowledge.quiz_selection import Chosen
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

MEMBER = 5151


async def _say(bot: RunningBot, user_id: int, text: str, **kwargs):
    return await send(bot.api, bot.api.group_message(GROUP_ID, user_id, text, **kwargs))


async def _start_quiz(bot: RunningBot, user_id: int = USER_ID, **kwargs):
    since = bot.api.call_count
    await _say(bot, user_id, "/quiz", **kwargs)
    return await recorded_poll(bot, since)


def _running(bot: RunningBot) -> store.QuizRun | None:
    return store.running_run(bot.services.db, GROUP_ID)


@pytest.mark.parametrize("command", ["/stopquiz", "/stop", "/quiz stop"])
async def test_admin_stops_a_running_quiz_and_a_new_one_starts(
    bot: RunningBot, clock: FakeClock, command: str
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    poll = await _start_quiz(bot)
    since = bot.api.call_count
    await _say(bot, OWNER_ID, command)
    stop = await bot.api.wait_for_call("stopPoll", since=since, timeout=5)
    assert stop.params["message_id"] == poll.result["message_id"]
    assert bot.api.poll(poll.result["poll"]["id"])["is_closed"]
    summary = await bot.api.wait_for_call("sendMessage", since=since, timeout=5)
    assert texts.QUIZ_STOPPED_TITLE in summary.result["text"]
    assert _running(bot) is None
    # No further question, even when the old step's time comes.
    clock.advance(60)
    assert await fire_jobs_now(bot.application, "quiz-step", timeout=0.3) == 0
    await asyncio.sleep(0.3)
    assert not bot.api.calls_to("sendPoll", since=since)
    # A new /quiz starts at once.
    again = await _start_quiz(bot)
    assert again.params["question"].startswith("(1/5) ")


async def test_the_member_who_started_may_stop_others_may_not(bot: RunningBot, clock) -> None:
    bot.api.add_user(MEMBER, "عضو")
    await _start_quiz(bot, USER_ID)
    refused = await _say(bot, MEMBER, "/stopquiz")
    assert refused.result["text"] == texts.QUIZ_STOP_REFUSED
    assert _running(bot) is not None
    since = bot.api.call_count
    await _say(bot, USER_ID, "/stopquiz")
    await bot.api.wait_for_call("stopPoll", since=since, timeout=5)
    assert _running(bot) is None
    nothing = await _say(bot, USER_ID, "/stopquiz")
    assert nothing.result["text"] == texts.QUIZ_STOP_NOTHING


async def test_answers_to_a_stopped_poll_do_not_count(bot: RunningBot, clock) -> None:
    poll = await _start_quiz(bot, USER_ID)
    since = bot.api.call_count
    await _say(bot, USER_ID, "/stopquiz")
    await bot.api.wait_for_call("sendMessage", since=since, timeout=5)
    answer = {"poll_answer": {"poll_id": poll.result["poll"]["id"], "user": bot.api.user(OWNER_ID),
                              "option_ids": poll.params["correct_option_ids"],
                              "option_persistent_ids": ["0"]}}  # fmt: skip
    bot.api.push_update(answer)  # it was cast before the stop, processed after
    await asyncio.sleep(0.4)
    assert quiz_standings.player_totals(bot.services.db, GROUP_ID, OWNER_ID) == (0, 0)


async def test_refused_poll_is_said_plainly_at_once_and_the_next_quiz_works(
    bot: RunningBot, clock
) -> None:
    bot.api.set_chat_permissions(GROUP_ID, can_send_polls=False)
    since = bot.api.call_count
    started_at = asyncio.get_running_loop().time()
    await _say(bot, USER_ID, "/quiz")
    told = await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=4,
        predicate=lambda call: call.params.get("text") == texts.QUIZ_REFUSED_POLLS,
    )
    assert told.params["chat_id"] == GROUP_ID
    assert asyncio.get_running_loop().time() - started_at < 4
    assert len(bot.api.calls_to("sendPoll", since=since)) == 1  # not retried
    assert _running(bot) is None
    runs = list(bot.services.db.query("SELECT status FROM quiz_runs"))
    assert [run["status"] for run in runs] == [store.STATUS_FAILED]
    # The rights are back: the next /quiz sends a poll (no cooldown after a failed run).
    bot.api.set_chat_permissions(GROUP_ID, can_send_polls=True)
    await _start_quiz(bot)


async def test_a_refusal_mid_quiz_ends_the_run(bot: RunningBot, clock) -> None:
    await _start_quiz(bot)
    bot.api.fail_next("sendPoll", 400, description="Bad Request: TOPIC_CLOSED")
    since = bot.api.call_count
    clock.advance(40)
    await fire_jobs_now(bot.application, "quiz-step")
    await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=4,
        predicate=lambda call: call.params.get("text") == texts.QUIZ_REFUSED_TOPIC,
    )
    assert _running(bot) is None


async def test_a_question_deleted_mid_quiz_leaves_no_gap_in_the_numbering(
    bot: RunningBot, clock
) -> None:
    first = await _start_quiz(bot)
    assert first.params["question"].startswith("(1/5) ")
    run = _running(bot)
    assert run is not None
    bot.services.admin.delete_quiz(Actor(OWNER_ID, "مشرف"), run.items[1])
    bot.api.push_update(bot.api.poll_answer(first.result["poll"]["id"], USER_ID, [0]))
    await asyncio.sleep(0.2)
    clock.advance(40)
    await fire_jobs_now(bot.application, "quiz-step")  # the deleted one is skipped
    clock.advance(1)
    await fire_jobs_now(bot.application, "quiz-step")
    second = await recorded_poll(bot, first.seq + 1)
    assert second.params["question"].startswith("(2/4) ")


async def test_a_quiz_in_a_forum_topic_stays_in_that_topic(bot: RunningBot, clock) -> None:
    topic = bot.api.add_topic(GROUP_ID, "مسابقات")
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    in_topic = {"message_thread_id": topic}
    await _say(bot, OWNER_ID, "/quizsettings questions 2")
    since = bot.api.call_count
    poll = await _start_quiz(bot, USER_ID, **in_topic)
    bot.api.push_update(bot.api.poll_answer(poll.result["poll"]["id"], USER_ID, [0]))
    await asyncio.sleep(0.2)
    clock.advance(40)
    await fire_jobs_now(bot.application, "quiz-step")
    await recorded_poll(bot, poll.seq + 1)
    clock.advance(40)
    await fire_jobs_now(bot.application, "quiz-step")
    summary = await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=5,
        predicate=lambda call: texts.QUIZ_SUMMARY_TITLE in call.params.get("text", ""),
    )
    sent = [
        call
        for method in ("sendMessage", "sendPoll")
        for call in bot.api.calls_to(method, since=since)
    ]
    assert len(sent) >= 4  # the start, two polls, the summary
    assert all(call.params.get("message_thread_id") == topic for call in sent), [
        (call.method, call.params.get("message_thread_id")) for call in sent
    ]
    assert summary.result["message_thread_id"] == topic


async def test_quiz_stops_after_two_questions_nobody_answered(bot: RunningBot, clock) -> None:
    since = bot.api.call_count
    await _start_quiz(bot)
    for _ in range(2):
        clock.advance(40)
        await fire_jobs_now(bot.application, "quiz-step")
        await asyncio.sleep(0.2)
    summary = await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=5,
        predicate=lambda call: texts.QUIZ_STOPPED_UNANSWERED_TITLE in call.params.get("text", ""),
    )
    assert summary.params["chat_id"] == GROUP_ID
    assert len(bot.api.calls_to("sendPoll", since=since)) == 2
    assert _running(bot) is None


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/quizsettings questions ²", "من 1 إلى 10"),
        ("/quizsettings questions 5_0", "من 1 إلى 10"),
        ("/quizsettings seconds -5", "من 5 إلى 600"),
        ("/quizsettings who nobody", "/quizsettings من المشرفون"),
        ("/quizsettings cooldown 99999", "من 0 إلى 1440"),
        ("/quizsettings cooldown ten", "من 0 إلى 1440"),
    ],
)
async def test_bad_settings_get_a_clear_reply_and_change_nothing(
    bot: RunningBot, command: str, expected: str
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _say(bot, OWNER_ID, command)
    assert expected in reply.result["text"]
    settings = quiz_chats.chat_settings(bot.services.db, GROUP_ID)
    assert (settings.questions, settings.seconds, settings.who, settings.cooldown) == (
        5, 30, "all", 10,
    )  # fmt: skip


async def test_settings_accept_arabic_digits(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _say(bot, OWNER_ID, "/quizsettings questions ٣")
    assert reply.result["text"] == texts.SETTINGS_QUESTIONS_SET.format(value=3)
    assert quiz_chats.chat_settings(bot.services.db, GROUP_ID).questions == 3


@pytest.mark.parametrize(
    ("command", "expected", "read"),
    [
        # The settings list's own words typed back: the value in them is read.
        (
            "/quizsettings عدد الأسئلة 5",
            texts.SETTINGS_QUESTIONS_SET.format(value=5),
            {"questions": 5},
        ),
        (
            "/quizsettings عدد الأسئلة ٧",
            texts.SETTINGS_QUESTIONS_SET.format(value=7),
            {"questions": 7},
        ),
        (
            "/quizsettings مدة السؤال 45",
            texts.SETTINGS_SECONDS_SET.format(value=texts.seconds(45)),
            {"questions": 5, "seconds": 45},
        ),
        # Zero and a compound number written in words.
        (
            "/quizsettings الانتظار صفر",
            texts.SETTINGS_COOLDOWN_SET.format(value=texts.SETTINGS_NO_COOLDOWN),
            {"seconds": 30, "cooldown": 0},
        ),
        (
            "/quizsettings الثواني خمس وعشرين",
            texts.SETTINGS_SECONDS_SET.format(value=texts.seconds(25)),
            {"seconds": 25, "cooldown": 10},
        ),
    ],
)
async def test_settings_read_as_a_teacher_types_them(
    bot: RunningBot, command: str, expected: str, read: dict[str, int]
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _say(bot, OWNER_ID, command)
    assert reply.result["text"] == expected
    settings = quiz_chats.chat_settings(bot.services.db, GROUP_ID)
    assert {name: getattr(settings, name) for name in read} == read


async def test_who_may_start_a_quiz(bot: RunningBot, clock) -> None:
    bot.api.add_user(MEMBER, "عضو")
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    refused = await _say(bot, MEMBER, "/quizsettings who admins")
    assert refused.result["text"] == texts.ADMINS_ONLY
    done = await _say(bot, OWNER_ID, "/quizsettings who admins")
    assert done.result["text"] == texts.SETTINGS_WHO_SET.format(who="المشرفون فقط")
    member = await _say(bot, MEMBER, "/quiz")
    assert member.result["text"] == texts.QUIZ_ADMINS_ONLY
    assert _running(bot) is None
    await _start_quiz(bot, OWNER_ID)
    shown = await _say(bot, MEMBER, "/quizsettings")
    assert "المشرفون فقط" in shown.result["text"]


async def test_cooldown_between_manual_quizzes(bot: RunningBot, clock) -> None:
    bot.api.add_user(MEMBER, "عضو")
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    await _say(bot, OWNER_ID, "/quizsettings questions 1")
    since = bot.api.call_count
    poll = await _start_quiz(bot, MEMBER)
    bot.api.push_update(bot.api.poll_answer(poll.result["poll"]["id"], MEMBER, [0]))
    await asyncio.sleep(0.2)
    clock.advance(40)
    await fire_jobs_now(bot.application, "quiz-step")
    await bot.api.wait_for_call(
        "sendMessage",
        since=since,
        timeout=5,
        predicate=lambda call: texts.QUIZ_SUMMARY_TITLE in call.params.get("text", ""),
    )
    clock.advance(120)
    wait = await _say(bot, MEMBER, "/quiz")
    assert wait.result["text"] == texts.QUIZ_COOLDOWN.format(minutes=texts.minutes(8))
    assert _running(bot) is None
    # An admin is not held back; after /stopquiz there is no cooldown.
    await _start_quiz(bot, OWNER_ID)
    await _say(bot, OWNER_ID, "/stopquiz")
    await _say(bot, OWNER_ID, "/quizsettings cooldown 0")
    await _start_quiz(bot, MEMBER)


async def test_a_question_nobody_answered_comes_back_in_the_next_round(
    bot: RunningBot, clock
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    await _say(bot, OWNER_ID, "/quizsettings questions 1")
    asked = []
    for _ in range(3):
        poll = await _start_quiz(bot, OWNER_ID)
        asked.append(poll.params["question"])
        since = bot.api.call_count
        clock.advance(40)
        await fire_jobs_now(bot.application, "quiz-step")
        await bot.api.wait_for_call("sendMessage", since=since, timeout=5)
    assert asked[1] == asked[0]  # nobody answered it: it comes back at once
    assert asked[2] != asked[0]  # missed again as a retry: it waits for its next cycle


async def test_a_dead_run_never_blocks_quiz(bot: RunningBot, clock) -> None:
    db = bot.services.db
    long_ago = store.iso(clock.now - timedelta(hours=3))
    # A run whose step was lost (no job waits for it), from a crash hours ago.
    store.create_run(
        db, chat_id=GROUP_ID, kind=store.KIND_MANUAL, run_date=None,
        items=[Chosen("x", 0), Chosen("y", 0)], seconds=30, now=long_ago,
    )  # fmt: skip
    assert store.running_run(db, GROUP_ID) is not None
    await _start_quiz(bot)
    statuses = [row["status"] for row in db.query("SELECT status FROM quiz_runs ORDER BY id")]
    assert statuses == [store.STATUS_EXPIRED, store.STATUS_RUNNING]


# Over HTTP the server still sends the poll whose call the bot stopped waiting for.
@pytest.mark.http
async def test_stopped_before_the_first_question_says_so(bot: RunningBot, clock) -> None:
    bot.api.delay_next("sendPoll", 1.0)  # the first question is still on its way
    await _say(bot, USER_ID, "/quiz")
    stopped = await _say(bot, USER_ID, "/stopquiz")
    assert stopped.params["text"] == texts.QUIZ_STOPPED_EMPTY
    # The poll that was on its way is closed at once, and nothing follows it.
    await bot.api.wait_for_call("stopPoll", timeout=5)
    clock.advance(60)
    assert await fire_jobs_now(bot.application, "quiz-step", timeout=0.3) == 0
    assert len(bot.api.calls_to("sendPoll")) == 1
