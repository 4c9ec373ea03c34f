"""The numbers of the quiz-control commands, end to end over HTTP against the fake Bot API:
what is accepted, and a refusal that names the range and gives an example to send."""

from __future__ import annotations

from bot import texts
from db import quiz as store
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, send


async def _group(bot: RunningBot, text: str, user_id: int = OWNER_ID) -> str:
    reply = await send(bot.api, bot.api.group_message(GROUP_ID, user_id, text))
    return str(reply.result["text"])


async def test_daily_with_a_bare_hour_of_the_evening_schedules_it(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    assert await _group(bot, "/daily 20", USER_ID) == texts.ADMINS_ONLY
    assert store.get_schedule(bot.services.db, GROUP_ID) is None
    for _ in range(2):  # twice: the same answer, one schedule
        reply = await _group(bot, "/daily 20")
        assert reply.startswith("✅") and "الساعة 20:00 بتوقيت مكة المكرمة" in reply
    schedule = store.get_schedule(bot.services.db, GROUP_ID)
    assert (schedule.time, schedule.timezone, schedule.enabled) == ("20:00", "Asia/Riyadh", True)


async def test_daily_with_a_bare_hour_that_could_be_morning_asks_which(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _group(bot, "/daily 8")
    assert reply == texts.DAILY_WHICH_HALF.format(hour=8, zone="")
    assert "/daily 8:00 ص" in reply and "/daily 8:00 م" in reply
    assert store.get_schedule(bot.services.db, GROUP_ID) is None
    with_zone = await _group(bot, "/daily 8 القاهرة")
    assert "/daily 8:00 م القاهرة" in with_zone
    # Each suggestion, sent as it is, schedules what it says.
    done = await _group(bot, "/daily 8:00 م القاهرة")
    assert "الساعة 20:00 بتوقيت القاهرة" in done


async def test_daily_with_an_hour_past_23_names_the_range_and_an_example(
    bot: RunningBot,
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _group(bot, "/daily 25")
    assert reply == texts.DAILY_BAD_TIME.format(value="25")
    assert "من 0 إلى 23" in reply and "/daily 20:30" in reply
    assert store.get_schedule(bot.services.db, GROUP_ID) is None
