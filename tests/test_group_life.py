"""Group life: the bot's first words in a group, a schedule left from before, and /daily read
as people write times and zones; end to end over the fake Bot API."""

import asyncio

import pytest

from bot import texts
from bot.daily_time import BadTime, BadZone, DailyTime, WhichHalf, parse_daily, zone_label
from db import quiz_chats, quiz_standings
from tests.conftest import (
    BOT_USERNAME,
    GROUP_ID,
    OWNER_ID,
    USER_ID,
    RunningBot,
    recorded_poll,
    send,
)

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


async def test_added_to_a_group_says_what_it_does_in_one_message(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.push_update(bot.api.my_chat_member(GROUP_ID, "member", by_user_id=OWNER_ID))
    welcome = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    assert welcome.params["chat_id"] == GROUP_ID
    assert welcome.params["text"] == texts.GROUP_WELCOME.format(
        bot=texts.BOT_NAME, username=BOT_USERNAME
    )
    assert "/quiz" in welcome.params["text"] and "/daily" in welcome.params["text"]
    # Made an administrator afterwards: no second welcome.
    bot.api.push_update(bot.api.my_chat_member(GROUP_ID, "administrator", by_user_id=OWNER_ID))
    await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/ask متى كانت غزوة تبوك"))
    assert len(bot.api.calls_to("sendMessage", since=since)) == 2


async def test_readded_group_is_told_its_old_schedule_is_off(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/daily 20:30 UTC+3"))
    bot.api.push_update(bot.api.my_chat_member(GROUP_ID, "left", by_user_id=OWNER_ID))
    since = bot.api.call_count
    bot.api.push_update(bot.api.my_chat_member(GROUP_ID, "member", by_user_id=OWNER_ID))
    welcome = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    assert welcome.params["text"].endswith(
        texts.GROUP_OLD_SCHEDULE_OFF.format(time="20:30", zone="UTC+3")
    )
    assert not quiz_chats.get_schedule(bot.services.db, GROUP_ID).enabled
    assert len(bot.api.calls_to("sendMessage", since=since)) == 1


@pytest.mark.parametrize(
    ("written", "time", "zone"),
    [
        ("٢٠:٣٠", "20:30", "Asia/Riyadh"),
        ("8:30 م", "20:30", "Asia/Riyadh"),
        ("8:30 PM", "20:30", "Asia/Riyadh"),
        ("٨:٣٠ ص asia/riyadh", "08:30", "Asia/Riyadh"),
        ("21:05 EUROPE/LONDON", "21:05", "Europe/London"),
        ("20:30 UTC+3", "20:30", "Etc/GMT-3"),
    ],
)
async def test_daily_reads_times_and_zones_as_written(
    bot: RunningBot, written: str, time: str, zone: str
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, f"/daily {written}"))
    schedule = quiz_chats.get_schedule(bot.services.db, GROUP_ID)
    assert (schedule.time, schedule.timezone) == (time, zone)
    assert f"الساعة {time} بتوقيت {zone_label(zone)}" in reply.params["text"]


async def test_daily_time_zone_by_arabic_name(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/daily 20:30"))
    assert "بتوقيت مكة المكرمة" in reply.params["text"]
    bad = await send(bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/daily 13:00 م"))
    assert bad.params["text"] == texts.DAILY_BAD_TIME.format(value="13:00 م")
    bad_zone = await send(
        bot.api, bot.api.group_message(GROUP_ID, OWNER_ID, "/daily 20:30 Mars/Olympus")
    )
    assert bad_zone.params["text"] == texts.DAILY_BAD_ZONE.format(value="Mars/Olympus")
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID).time == "20:30"


@pytest.mark.parametrize(
    ("written", "parsed"),
    [
        ("12:15 ص", DailyTime("00:15", "UTC")),
        ("12:00 م", DailyTime("12:00", "UTC")),
        ("9 م", DailyTime("21:00", "UTC")),
        ("20:30 مكة", DailyTime("20:30", "Asia/Riyadh")),
        ("٨:٣٠ مساءً القاهرة", DailyTime("20:30", "Africa/Cairo")),
        ("20:30 utc-5", DailyTime("20:30", "Etc/GMT+5")),
        ("20:30 GMT", DailyTime("20:30", "UTC")),
        # A bare hour: 13-23 and 0 are one hour each; 1-12 could be morning or evening.
        ("20", DailyTime("20:00", "UTC")),
        ("٢٠ مكة", DailyTime("20:00", "Asia/Riyadh")),
        ("0", DailyTime("00:00", "UTC")),
        ("8", WhichHalf(8)),
        ("12", WhichHalf(12)),
        ("8 القاهرة", WhichHalf(8, "القاهرة")),
        ("8 Mars/Olympus", BadZone("Mars/Olympus")),
        ("24", BadTime("24")),
        ("24:00", BadTime("24:00")),
        ("20:305", BadTime("20:305")),
        ("20:30 UTC+5:30", BadZone("UTC+5:30")),
        # A city of an IANA name without its area, in any case, and Hejaz cities in Latin.
        ("20:30 cairo", DailyTime("20:30", "Africa/Cairo")),
        ("20:30 New York", DailyTime("20:30", "America/New_York")),
        ("20:30 kuala_lumpur", DailyTime("20:30", "Asia/Kuala_Lumpur")),
        ("20:30 istanbul", DailyTime("20:30", "Europe/Istanbul")),
        ("20:30 Makkah", DailyTime("20:30", "Asia/Riyadh")),
        ("20:30 eastern", BadZone("eastern")),
        # Amman (UTC+3) and Oman (UTC+4) share «عمان» without marks: read only with them.
        ("20:30 عمّان", DailyTime("20:30", "Asia/Amman")),
        ("20:30 عُمان", DailyTime("20:30", "Asia/Muscat")),
        ("20:30 الأردن", DailyTime("20:30", "Asia/Amman")),
        ("20:30 عمان", BadZone("عمان")),
    ],
)
def test_parse_daily(written: str, parsed: object) -> None:
    assert parse_daily(written, "UTC") == parsed


# A basic group's id (no -100 prefix): the kind Telegram upgrades to a supergroup.
BASIC_GROUP_ID = -4_000_555


async def test_a_group_upgraded_to_a_supergroup_keeps_its_settings_schedule_and_scores(
    bot: RunningBot,
) -> None:
    """Telegram gives the upgraded group a new id: what the group set up and scored under the
    old one is what it finds under the new one, and its daily quiz moves with it."""
    api = bot.api
    api.set_member_status(BASIC_GROUP_ID, OWNER_ID, "administrator")

    async def said(chat_id: int, user_id: int, text: str) -> str:
        reply = await send(
            api, api.group_message(chat_id, user_id, text, supergroup=chat_id == GROUP_ID)
        )
        return str(reply.result["text"])

    await said(BASIC_GROUP_ID, OWNER_ID, "/quizsettings الأسئلة 3")
    await said(BASIC_GROUP_ID, OWNER_ID, "/daily 20:30 UTC+3")
    since = api.call_count
    api.push_update(api.group_message(BASIC_GROUP_ID, USER_ID, "/quiz"))
    poll = await recorded_poll(bot, since)
    api.push_update(
        api.poll_answer(poll.result["poll"]["id"], USER_ID, poll.params["correct_option_ids"])
    )
    since = api.call_count
    api.push_update(api.group_message(BASIC_GROUP_ID, OWNER_ID, "/stopquiz"))
    await api.wait_for_call("stopPoll", since=since, timeout=10)
    before = await said(BASIC_GROUP_ID, USER_ID, "/myscore")
    assert before.startswith(texts.MYSCORE.split("{")[0]) and "النقاط: 1" in before

    api.push_update(api.migrate_to_chat(BASIC_GROUP_ID, GROUP_ID))
    api.push_update(api.migrate_from_chat(BASIC_GROUP_ID, GROUP_ID))
    api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    assert await said(GROUP_ID, USER_ID, "/myscore") == before
    assert "عدد الأسئلة: 3" in await said(GROUP_ID, USER_ID, "/quizsettings")
    assert "20:30" in await said(GROUP_ID, USER_ID, "/daily")
    top = await said(GROUP_ID, USER_ID, "/top الكل")
    db = bot.services.db
    [leader] = quiz_standings.leaderboard(db, GROUP_ID)
    assert leader.user_id == USER_ID
    assert texts.TOP_LINE.format(rank=1, name=leader.name, points=1) in top
    assert quiz_chats.get_schedule(db, BASIC_GROUP_ID) is None
    assert quiz_chats.chat_settings(db, GROUP_ID).questions == 3
    queue = bot.application.job_queue
    assert not queue.get_jobs_by_name(f"daily:{BASIC_GROUP_ID}")
    assert len(queue.get_jobs_by_name(f"daily:{GROUP_ID}")) == 1
    # The old id is gone for good: nothing is left under it.
    assert quiz_standings.player_totals(db, BASIC_GROUP_ID, USER_ID) == (0, 0)


async def test_a_player_who_changed_name_is_shown_under_the_new_one_on_the_board(
    bot: RunningBot,
) -> None:
    """The name is noted when a poll is answered; a player who renamed themselves since is
    shown under the new name once they look at the board (/top or /myscore), to everyone."""
    api = bot.api
    api.add_user(USER_ID, "سالم")
    since = api.call_count
    api.push_update(api.group_message(GROUP_ID, USER_ID, "/quiz"))
    poll = await recorded_poll(bot, since)
    right = poll.params["correct_option_ids"]
    api.push_update(api.poll_answer(poll.result["poll"]["id"], USER_ID, right))
    for _ in range(500):
        if quiz_standings.leaderboard(bot.services.db, GROUP_ID):
            break
        await asyncio.sleep(0.01)
    api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    await send(api, api.group_message(GROUP_ID, OWNER_ID, "/stopquiz"))
    board = await send(api, api.group_message(GROUP_ID, OWNER_ID, "/top"))
    assert texts.TOP_LINE.format(rank=1, name="سالم", points=1) in board.result["text"]

    api.add_user(USER_ID, "سالم المعلم")  # renamed in Telegram
    own = await send(api, api.group_message(GROUP_ID, USER_ID, "/top"))
    line = texts.TOP_LINE.format(rank=1, name="سالم المعلم", points=1)
    assert line in own.result["text"]
    seen = await send(api, api.group_message(GROUP_ID, OWNER_ID, "/top الكل"))
    assert line in seen.result["text"]
    assert texts.TOP_LINE.format(rank=1, name="سالم", points=1) not in seen.result["text"]
