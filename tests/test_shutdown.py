"""SIGTERM while work is in hand: nothing taken from Telegram is lost, nothing is waited for
that cannot finish in time. End to end: `python -m bot run` against the fake Bot API on a
real SQLite file, stopped with SIGTERM and started again on the same file."""

import asyncio
import signal
from pathlib import Path

import pytest

from bot import texts
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.bot_process import BotProcess, answered_quiz, bot_env, query, until
from tests.conftest import GROUP_ID, USER_ID
from tests.patience import REPLY, START_UP

# Slow: each test starts `python -m bot` twice.
pytestmark = pytest.mark.slow


def _start_bot(api: LocalBotApi, database: Path, run: int) -> BotProcess:
    return BotProcess(["run"], bot_env(database, api.base_url), database.with_name(f"out-{run}"))


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
            first = await answered_quiz(api, database, questions=2)
            since = api.call_count
            api.fail_next("sendPoll", status=500, count=1000)
            await api.wait_for_calls("sendPoll", count=2, since=since, timeout=REPLY)
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        assert code == 0, output
        assert "Traceback" not in output, output
        assert query(database, "SELECT status, next_index FROM quiz_runs") == [("running", 1)]
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
        assert query(database, "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL") == [
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
    assert query(database, "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL") == [(0,)]


async def _texts_after_restart(api: LocalBotApi, database: Path) -> list[str]:
    """Start the bot again on `database`: the texts it sends before it is idle again."""
    since = api.call_count
    with _start_bot(api, database, 2) as bot:
        await api.wait_for_call(
            "sendMessage", lambda c: c.status == 200, since=since, timeout=START_UP
        )
        await asyncio.sleep(1.0)  # time for a second message to show up, were there one
        bot.send_signal(signal.SIGTERM)
        await asyncio.to_thread(bot.wait)
    return [c.result["text"] for c in api.calls_to("sendMessage", since=since) if c.status == 200]


def _summaries_sent(api: LocalBotApi) -> list[str]:
    return [
        call.result["text"]
        for call in api.calls_to("sendMessage")
        if call.status == 200 and texts.QUIZ_SUMMARY_TITLE in call.result["text"]
    ]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "crash"])
async def test_a_summary_the_stop_cut_off_is_sent_once_after_the_restart(
    tmp_path: Path, stop: signal.Signals
) -> None:
    """The quiz's last question is over and its summary cannot go out (Telegram answers
    500, the bot backs off) when the bot is stopped, or dies: the restart sends the
    summary, with the answer given, once."""
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        api.add_user(USER_ID, "طالب")
        with _start_bot(api, database, 1) as bot:
            await answered_quiz(api, database, questions=1)
            since = api.call_count
            api.fail_next("sendMessage", status=500, count=1000)
            await api.wait_for_calls("sendMessage", count=2, since=since, timeout=REPLY)
            bot.send_signal(stop)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        if stop == signal.SIGTERM:
            assert code == 0, output
            assert "Traceback" not in output and "Warning" not in output, output
        assert query(database, "SELECT status FROM quiz_runs") == [("finished",)]
        assert query(database, "SELECT COUNT(*) FROM quiz_outbox") == [(1,)]
        assert not _summaries_sent(api)
        api.clear_faults()

        with _start_bot(api, database, 2) as bot:
            await until(lambda: len(_summaries_sent(api)) == 1, START_UP)
            await asyncio.sleep(1.0)  # time for a second summary to show up, were there one
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait)
        (summary,) = _summaries_sent(api)
        assert "طالب: 1 من 1" in summary
        assert query(database, "SELECT COUNT(*) FROM quiz_outbox") == [(0,)]

        since = api.call_count
        with _start_bot(api, database, 3) as bot:  # a later start sends nothing more
            await api.wait_for_call("getUpdates", since=since, timeout=START_UP)
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait)
        assert len(_summaries_sent(api)) == 1


async def test_sigterm_while_a_quiz_note_backs_off_stops_cleanly_and_the_note_follows(
    tmp_path: Path,
) -> None:
    """Telegram refuses the question (no right to send polls) and the note saying so backs
    off when the bot is stopped: the quiz's job ends quietly (PTB warned at shutdown when
    it let the interruption out), and the restart sends the note once."""
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        api.add_user(USER_ID, "طالب")

        def notes_fail(call) -> None:
            if call.method == "sendPoll" and call.status == 400:
                api.fail_next("sendMessage", status=500, count=1000)

        api.add_listener(notes_fail)
        with _start_bot(api, database, 1) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            api.fail_next("sendPoll", status=400, description="Bad Request: not enough rights "
                          "to send polls to the chat")  # fmt: skip
            api.push_update(api.private_message(USER_ID, "/quiz"))
            refused = await api.wait_for_call("sendPoll", timeout=REPLY)
            await api.wait_for_calls("sendMessage", count=2, since=refused.seq, timeout=REPLY)
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        assert code == 0, output
        assert "Traceback" not in output and "Warning" not in output, output
        assert query(database, "SELECT status FROM quiz_runs") == [("failed",)]
        api.remove_listener(notes_fail)
        api.clear_faults()

        since = api.call_count
        told = await _texts_after_restart(api, database)
        assert told == [texts.QUIZ_REFUSED_POLLS]
        assert not api.calls_to("sendPoll", since=since)


async def test_stopquiz_whose_summary_the_stop_cut_off_is_not_handled_again(
    tmp_path: Path,
) -> None:
    """/stopquiz ends the quiz, but its summary backs off when the bot is stopped: the
    restart sends the summary once, and does not handle /stopquiz again (which would
    answer that no quiz is running)."""
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        api.add_user(USER_ID, "طالب")
        with _start_bot(api, database, 1) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            api.push_update(api.private_message(USER_ID, "/quiz"))
            await api.wait_for_call("sendPoll", timeout=REPLY)
            since = api.call_count
            api.fail_next("sendMessage", status=500, count=1000)
            api.push_update(api.private_message(USER_ID, "/stopquiz"))
            await api.wait_for_calls("sendMessage", count=2, since=since, timeout=REPLY)
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        assert code == 0, output
        assert query(database, "SELECT status FROM quiz_runs") == [("stopped",)]
        assert query(database, "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL") == [
            (0,)
        ]
        api.clear_faults()

        told = await _texts_after_restart(api, database)
        assert len(told) == 1 and told[0].startswith(texts.QUIZ_STOPPED_TITLE), told


async def test_a_quiz_announcement_the_stop_cut_off_opens_the_quiz_after_the_restart(
    tmp_path: Path,
) -> None:
    """/quiz in a group starts a quiz, but its announcement backs off when the bot is
    stopped: the restart announces it once (still as a reply to /quiz) and asks its first
    question, without handling /quiz again (which would say a quiz is already running)."""
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        api.add_user(USER_ID, "طالب")
        with _start_bot(api, database, 1) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            api.fail_next("sendMessage", status=500, count=1000)
            asked = api.group_message(GROUP_ID, USER_ID, "/quiz")
            api.push_update(asked)
            await api.wait_for_calls("sendMessage", count=2, timeout=REPLY)
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
        assert code == 0, output
        assert "Traceback" not in output and "Warning" not in output, output
        assert query(database, "SELECT status FROM quiz_runs") == [("running",)]
        assert query(database, "SELECT COUNT(*) FROM update_journal WHERE done_at IS NULL") == [
            (0,)
        ]
        api.clear_faults()

        since = api.call_count
        with _start_bot(api, database, 2) as bot:
            poll = await api.wait_for_call(
                "sendPoll", lambda c: c.status == 200, since=since, timeout=START_UP
            )
            assert poll.params["question"].startswith("(1/5) ")
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait)
        told = [c for c in api.calls_to("sendMessage", since=since) if c.status == 200]
        assert [c.result["text"] for c in told] == [
            texts.QUIZ_STARTING.format(count=5, seconds=texts.seconds(30))
        ]
        assert told[0].params["reply_parameters"]["message_id"] == asked["message"]["message_id"]
        assert told[0].seq < poll.seq
