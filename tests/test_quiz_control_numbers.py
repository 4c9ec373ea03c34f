"""The numbers of the quiz-control commands, end to end over HTTP against the fake Bot API:
what is accepted, and a refusal that names the range and gives an example to send."""

from __future__ import annotations

from bot import texts
from db import quiz_chats
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, send


async def _group(bot: RunningBot, text: str, user_id: int = OWNER_ID) -> str:
    reply = await send(bot.api, bot.api.group_message(GROUP_ID, user_id, text))
    return str(reply.result["text"])


async def test_daily_with_a_bare_hour_of_the_evening_schedules_it(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    assert await _group(bot, "/daily 20", USER_ID) == texts.ADMINS_ONLY
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID) is None
    for _ in range(2):  # twice: the same answer, one schedule
        reply = await _group(bot, "/daily 20")
        assert reply.startswith("✅") and "الساعة 20:00 بتوقيت مكة المكرمة" in reply
    schedule = quiz_chats.get_schedule(bot.services.db, GROUP_ID)
    assert (schedule.time, schedule.timezone, schedule.enabled) == ("20:00", "Asia/Riyadh", True)


async def test_daily_with_a_bare_hour_that_could_be_morning_asks_which(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _group(bot, "/daily 8")
    assert reply == texts.DAILY_WHICH_HALF.format(hour=8, zone="")
    assert "/daily 8:00 ص" in reply and "/daily 8:00 م" in reply
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID) is None
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
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID) is None


async def test_quizsettings_reads_a_number_in_words_and_refuses_what_it_cannot(
    bot: RunningBot,
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _group(bot, "/quizsettings خمسة أسئلة")
    assert reply == texts.SETTINGS_QUESTIONS_SET.format(value=5)
    assert quiz_chats.chat_settings(bot.services.db, GROUP_ID).questions == 5
    reply = await _group(bot, "/quizsettings الثواني خمس عشرة")
    assert reply == texts.SETTINGS_SECONDS_SET.format(value=texts.seconds(15))
    for bad in (
        "/quizsettings الأسئلة كثيرة",
        "/quizsettings الأسئلة 🔥",
        "/quizsettings الأسئلة عشرين",
    ):
        assert await _group(bot, bad) == texts.SETTINGS_BAD_QUESTIONS.format(low=1, high=10)
    settings = quiz_chats.chat_settings(bot.services.db, GROUP_ID)
    assert (settings.questions, settings.seconds) == (5, 15)  # the refusals changed nothing


def _latin_words(text: str) -> set[str]:
    """The words of a reply written in Latin letters, commands (/quizsettings) left out."""
    return {
        word
        for word in text.replace("/", " /").split()
        if not word.startswith("/") and any("a" <= ch.lower() <= "z" for ch in word)
    }


async def test_quizsettings_shows_every_setting_in_arabic(bot: RunningBot) -> None:
    for user_id in (USER_ID, OWNER_ID):  # anyone may look
        shown = await _group(bot, "/quizsettings", user_id)
        assert shown.startswith("إعدادات المسابقة")
        assert _latin_words(shown) == set()
    usage = await _group(bot, "/quizsettings colour red")
    assert _latin_words(usage) == set()


async def test_quizsettings_takes_arabic_names_and_the_documented_english_ones(
    bot: RunningBot,
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    assert await _group(bot, "/quizsettings الأسئلة 7", USER_ID) == texts.ADMINS_ONLY
    assert await _group(bot, "/quizsettings الأسئلة 7") == texts.SETTINGS_QUESTIONS_SET.format(
        value=7
    )
    assert await _group(bot, "/quizsettings 30 الثواني") == texts.SETTINGS_SECONDS_SET.format(
        value=texts.seconds(30)
    )
    assert await _group(bot, "/quizsettings من الجميع") == texts.SETTINGS_WHO_SET.format(
        who="الجميع"
    )
    assert await _group(bot, "/quizsettings cooldown 15") == texts.SETTINGS_COOLDOWN_SET.format(
        value=texts.minutes(15)
    )
    settings = quiz_chats.chat_settings(bot.services.db, GROUP_ID)
    assert (settings.questions, settings.seconds, settings.who, settings.cooldown) == (
        7, 30, "all", 15,
    )  # fmt: skip


async def test_quizsettings_out_of_range_names_the_range_and_a_command_to_send(
    bot: RunningBot,
) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    await _group(bot, "/quizsettings")
    before = quiz_chats.chat_settings(bot.services.db, GROUP_ID)
    for command, low_high, example in [
        ("/quizsettings الأسئلة 20", "من 1 إلى 10", "/quizsettings الأسئلة 10"),
        ("/quizsettings questions 20", "من 1 إلى 10", "/quizsettings الأسئلة 10"),
        ("/quizsettings الثواني 2", "من 5 إلى 600", "/quizsettings الثواني 30"),
        ("/quizsettings الانتظار 2000", "من 0 إلى 1440", "/quizsettings الانتظار 10"),
        ("/quizsettings من أحد", "", "/quizsettings من المشرفون"),
    ]:
        reply = await _group(bot, command)
        assert low_high in reply and example in reply, reply
    assert quiz_chats.chat_settings(bot.services.db, GROUP_ID) == before


async def test_top_usage_and_help_name_the_periods_in_arabic(bot: RunningBot) -> None:
    usage = await _group(bot, "/top year", USER_ID)
    assert usage == texts.TOP_USAGE and _latin_words(usage) == set()
    for word, title in [("الشهر", texts.TOP_MONTH), ("month", texts.TOP_MONTH)]:
        assert title in await _group(bot, f"/top {word}", USER_ID)
    help_text = await _group(bot, "/help", USER_ID)
    assert "/top [اليوم|الأسبوع|الشهر|الكل]" in help_text
    # Only the bot's own name is in Latin letters, besides the commands.
    assert {word.strip("@،.") for word in _latin_words(help_text)} == {"TabukBot"}


async def test_daily_reads_a_city_written_in_latin_letters(bot: RunningBot) -> None:
    bot.api.set_member_status(GROUP_ID, OWNER_ID, "administrator")
    reply = await _group(bot, "/daily 20:30 cairo")
    assert "الساعة 20:30 بتوقيت القاهرة" in reply
    schedule = quiz_chats.get_schedule(bot.services.db, GROUP_ID)
    assert (schedule.time, schedule.timezone) == ("20:30", "Africa/Cairo")
    unknown = await _group(bot, "/daily 20:30 Atlantis")
    assert unknown == texts.DAILY_BAD_ZONE.format(value="Atlantis")
    assert quiz_chats.get_schedule(bot.services.db, GROUP_ID).timezone == "Africa/Cairo"
