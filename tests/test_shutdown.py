"""SIGTERM while work is in hand: nothing taken from Telegram is lost, nothing is waited for
that cannot finish in time. End to end: `python -m bot run` against the fake Bot API on a
real SQLite file, stopped with SIGTERM and started again on the same file."""

import asyncio
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from bot import texts
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.bot_process import BotProcess, bot_env
from tests.conftest import USER_ID
from tests.patience import REPLY, START_UP

# Slow: each test starts `python -m bot` twice.
pytestmark = pytest.mark.slow


def _start_bot(api: LocalBotApi, database: Path, run: int) -> BotProcess:
    return BotProcess(["run"], bot_env(database, api.base_url), database.with_name(f"out-{run}"))


def _query(database: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(sql).fetchall()


async def _until(condition, timeout: float = REPLY) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.1)


async def test_sigterm_while_a_quiz_question_backs_off_leaves_the_quiz_to_go_on(
    tmp_path: Path,
) -> None:
    """The next question cannot be sent (Telegram answers 500, the bot backs off) when the
    bot is stopped: the quiz is not ended as failed; after the restart that question is
    sent and the quiz ends as usual, with the answer given before the stop."""
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        api.add_user(USER_ID, "طالب")
        with _start_bot(api, database, 1) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            api.push_update(api.private_message(USER_ID, "/quizsettings seconds 5"))
            api.push_update(api.private_message(USER_ID, "/quizsettings questions 2"))
            api.push_update(api.private_message(USER_ID, "/quiz"))
            first = await api.wait_for_call("sendPoll", timeout=REPLY)
            right = first.params["correct_option_ids"]
            api.push_update(api.poll_answer(first.result["poll"]["id"], USER_ID, right))
            await _until(lambda: _query(database, "SELECT COUNT(*) FROM quiz_answers")[0][0] == 1)
            since = api.call_count
            api.fail_next("sendPoll", status=500, count=1000)
            await api.wait_for_calls("sendPoll", count=2, since=since, timeout=REPLY)
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        assert code == 0, output
        assert "Traceback" not in output, output
        assert _query(database, "SELECT status, next_index FROM quiz_runs") == [("running", 1)]
        api.clear_faults()

        since = api.call_count
        with _start_bot(api, database, 2) as bot:
            second = await api.wait_for_call(
                "sendPoll", lambda c: c.status == 200, since=since, timeout=START_UP
            )
            assert second.params["question"] != first.params["question"]
            assert second.params["question"].startswith(
                texts.QUIZ_POLL_QUESTION.format(number=2, total=2, question="")
            )
            summary = await api.wait_for_call(
                "sendMessage",
                lambda c: texts.QUIZ_SUMMARY_TITLE in c.result["text"],
                since=since,
                timeout=REPLY,
            )
            assert "طالب: 1 من 2" in summary.result["text"]
            told = [call.params.get("text", "") for call in api.calls_to("sendMessage")]
            assert texts.QUIZ_FAILED not in told
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait)


async def test_sigterm_during_a_flood_wait_longer_than_the_grace_leaves_the_question_to_restart(
    tmp_path: Path,
) -> None:
    """The reply is held by a 60 s flood wait when the bot is stopped: the wait is ended at
    SIGTERM (the bot does not sit out its grace for a reply that cannot go out in it), the
    question stays unconfirmed in the journal, and the restart answers it once."""
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        api.add_user(USER_ID, "طالب")
        with _start_bot(api, database, 1) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            api.fail_next("sendMessage", status=429, retry_after=60)
            api.push_update(api.private_message(USER_ID, "متى كانت غزوة تبوك"))
            await api.wait_for_call("sendMessage", timeout=REPLY)  # refused: now waiting
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        assert code == 0, output
        # The process ends without Python's slow teardown (end_process): all it logged is
        # written out first, to its last line.
        assert output.splitlines()[-1].endswith("bot.runner stopped"), output
        # Ended by the policy at SIGTERM, not cancelled when the grace ran out.
        assert "interrupted by shutdown" in output, output
        assert "Traceback" not in output, output
        assert not [c for c in api.calls_to("sendMessage") if c.status == 200]
        # Taken from Telegram, not done: the journal holds it for the restart.
        assert _query(database, "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL") == [
            (1,)
        ]

        since = api.call_count
        with _start_bot(api, database, 2) as bot:
            answer = await api.wait_for_call(
                "sendMessage", lambda c: c.status == 200, since=since, timeout=START_UP
            )
            assert "رجب" in answer.result["text"]
            await asyncio.sleep(1.0)  # time for a second answer to show up, were there one
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait)
        assert len([c for c in api.calls_to("sendMessage") if c.status == 200]) == 1
    assert _query(database, "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL") == [(0,)]
