"""Replies that survive outages, over the fake Bot API: retried once delivered, never doubled,
no apology beside an answer, no retry of a 400, and one chat's 429 never slows another."""

from __future__ import annotations

import asyncio

import pytest
from sqlite_utils import Database

from bot import texts
from db import journal, usage
from db.journal import StorageError
from fake_bot_api import LocalBotApi, RecordedCall
from tests.conftest import BOT_USERNAME, GROUP_ID, USER_ID, RunningBot
from tests.patience import REPLY

# Slow: real retries and back-offs against an unreliable fake Telegram.
pytestmark = pytest.mark.slow

QUESTION = "متى كانت غزوة تبوك"
ANSWER_WORD = "رجب"


def _sent(api: LocalBotApi, chat_id: int, since: int) -> list[RecordedCall]:
    return [
        c for c in api.calls_to("sendMessage", since=since) if c.params.get("chat_id") == chat_id
    ]


def _delivered(api: LocalBotApi, chat_id: int, since: int) -> list[str]:
    return [c.result["text"] for c in _sent(api, chat_id, since) if c.status == 200]


async def _answered(api: LocalBotApi, chat_id: int, since: int, timeout: float) -> RecordedCall:
    return await api.wait_for_call(
        "sendMessage",
        lambda c: c.params.get("chat_id") == chat_id and c.status == 200,
        since=since,
        timeout=timeout,
    )


async def test_one_500_on_send_message_delivers_the_answer_once_and_nothing_else(
    bot: RunningBot,
) -> None:
    since = bot.api.call_count
    bot.api.fail_next("sendMessage", status=500)
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    await _answered(bot.api, USER_ID, since, timeout=15)
    await asyncio.sleep(1.5)  # time for a wrong second message to show up
    statuses = [c.status for c in _sent(bot.api, USER_ID, since)]
    assert statuses == [500, 200]
    delivered = _delivered(bot.api, USER_ID, since)
    assert len(delivered) == 1 and ANSWER_WORD in delivered[0]


async def test_dropped_connections_and_a_short_outage_still_deliver_once(
    bot: RunningBot,
) -> None:
    since = bot.api.call_count
    bot.api.drop_next("sendMessage")
    bot.api.fail_next("sendMessage", status=502, count=2)
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    await _answered(bot.api, USER_ID, since, timeout=30)
    await asyncio.sleep(1.0)
    delivered = _delivered(bot.api, USER_ID, since)
    assert len(delivered) == 1 and ANSWER_WORD in delivered[0]
    assert texts.ERROR_APOLOGY not in bot.api.sent_texts(USER_ID)


async def test_a_late_answer_is_awaited_not_sent_twice_and_no_apology(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.delay_next("sendMessage", 7)  # longer than PTB's default 5 s read timeout
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    await asyncio.sleep(9)
    delivered = _delivered(bot.api, USER_ID, since)
    assert len(delivered) == 1 and ANSWER_WORD in delivered[0]


async def test_a_400_is_not_retried_and_gets_one_apology(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.fail_next("sendMessage", status=400, description="Bad Request: BUTTON_DATA_INVALID")
    started = asyncio.get_running_loop().time()
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    await bot.api.wait_for_call(
        "sendMessage",
        lambda c: c.params.get("text") == texts.ERROR_APOLOGY,
        since=since,
        timeout=10,
    )
    assert asyncio.get_running_loop().time() - started < 3
    await asyncio.sleep(1.0)
    calls = _sent(bot.api, USER_ID, since)
    assert [c.status for c in calls] == [400, 200]  # the answer once, then the apology
    assert ANSWER_WORD in calls[0].params["text"]


async def test_a_429_in_one_chat_does_not_delay_another_chat(bot: RunningBot) -> None:
    other = USER_ID + 1
    bot.api.add_user(other, "طالب آخر")
    since = bot.api.call_count
    bot.api.fail_next("sendMessage", status=429, retry_after=6, chat_id=USER_ID)
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    limited = await bot.api.wait_for_call("sendMessage", since=since, timeout=REPLY)
    assert limited.status == 429
    bot.api.push_update(bot.api.private_message(other, QUESTION))
    other_answer = await _answered(bot.api, other, since, timeout=REPLY)
    first_answer = await _answered(bot.api, USER_ID, since, timeout=REPLY)
    assert first_answer.time - limited.time >= 5.5  # the limited chat waited its turn
    # Not held behind the first chat's 6 s: the other chat, asked after the 429, is answered
    # before the limited chat's retry. (Ordered, not timed: «within 3 s of the 429» was seen
    # to take 3.9 s under a load average of 20, while the retry still came 6 s after.)
    assert other_answer.seq < first_answer.seq
    assert len(_delivered(bot.api, USER_ID, since)) == 1
    assert len(_delivered(bot.api, other, since)) == 1


def _fill_until_full(db: Database) -> None:
    """Use every page SQLite may have: the next new row needs a page it cannot get."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    for insert in (
        lambda n: usage.record_question(
            db, text=f"سؤال {n}", normalized=f"سؤال {n}", chat_type="private", outcome="unknown"
        ),
        lambda n: journal.admit(db, [(10_000_000 + n, "{}")]),
    ):
        with pytest.raises(StorageError):
            for n in range(100_000):
                insert(n)


async def test_a_full_disk_still_answers_logs_once_and_recovers(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    db = bot.services.db
    _fill_until_full(db)
    since = bot.api.call_count
    for number in range(2):
        bot.api.push_update(bot.api.private_message(USER_ID + number, QUESTION))
    for number in range(2):
        await _answered(bot.api, USER_ID + number, since, timeout=10)
    await asyncio.sleep(0.5)
    for number in range(2):
        calls = _sent(bot.api, USER_ID + number, since)
        assert [c.status for c in calls] == [200] and ANSWER_WORD in calls[0].params["text"]
    failing = [r for r in caplog.records if "storage failing" in r.getMessage()]
    assert len(failing) == 1  # logged once, not once per update

    db.execute("PRAGMA max_page_count = 1073741823")  # space is back
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    answer = await _answered(bot.api, USER_ID, since, timeout=10)
    assert answer.params.get("reply_markup")  # stored again: the feedback buttons are back
    assert [r for r in caplog.records if "storage works again" in r.getMessage()]


async def test_an_answer_over_the_limit_goes_out_as_plain_text_once(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.fail_next("sendMessage", status=400, description="Bad Request: message is too long")
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    await _answered(bot.api, USER_ID, since, timeout=10)
    await asyncio.sleep(1.0)
    calls = _sent(bot.api, USER_ID, since)
    assert [c.status for c in calls] == [400, 200]
    assert calls[0].params.get("parse_mode") == "HTML" and "parse_mode" not in calls[1].params
    assert ANSWER_WORD in calls[1].result["text"] and "<" not in calls[1].params["text"]


async def test_a_deleted_question_in_a_group_is_still_answered(bot: RunningBot) -> None:
    update = bot.api.group_message(GROUP_ID, USER_ID, f"@{BOT_USERNAME} {QUESTION}")
    update["message"]["message_id"] = 987_654  # the asker deleted it meanwhile
    since = bot.api.call_count
    bot.api.push_update(update)
    answer = await _answered(bot.api, GROUP_ID, since, timeout=10)
    await asyncio.sleep(0.5)
    assert [c.status for c in _sent(bot.api, GROUP_ID, since)] == [200]
    assert ANSWER_WORD in answer.result["text"]


async def test_no_right_to_write_is_one_refused_call_no_retry_no_apology(
    bot: RunningBot,
) -> None:
    bot.api.set_chat_permissions(GROUP_ID, can_send_messages=False)
    since = bot.api.call_count
    bot.api.push_update(bot.api.group_message(GROUP_ID, USER_ID, f"@{BOT_USERNAME} {QUESTION}"))
    refused = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    await asyncio.sleep(2.0)
    assert refused.status == 400 and "rights" in (refused.error or "")
    assert len(_sent(bot.api, GROUP_ID, since)) == 1  # not retried, no apology attempted


async def test_a_429_longer_than_the_retry_budget_fails_at_once_without_an_apology(
    bot: RunningBot,
) -> None:
    since = bot.api.call_count
    bot.api.fail_next("sendMessage", status=429, retry_after=600, chat_id=USER_ID)
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    refused = await bot.api.wait_for_call("sendMessage", since=since, timeout=10)
    await asyncio.sleep(2.0)
    assert refused.status == 429
    assert len(_sent(bot.api, USER_ID, since)) == 1  # no retry held for 10 minutes, no apology
    # Another chat is answered as usual meanwhile.
    other = USER_ID + 1
    bot.api.add_user(other, "طالب آخر")
    bot.api.push_update(bot.api.private_message(other, QUESTION))
    await _answered(bot.api, other, since, timeout=10)
