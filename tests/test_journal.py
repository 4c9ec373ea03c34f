"""At-least-once handling over the fake Bot API: journaled before acknowledged, replayed after
a crash, never handled twice; SIGKILL with 120 questions in hand loses none."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
from collections import Counter
from pathlib import Path

import pytest
from telegram import Update
from telegram.error import BadRequest

from bot.app import build_application, build_services, running
from bot.config import Config
from bot.delivery import (
    SENDING_UPDATES,
    DeliveryPolicy,
    Interrupted,
    current_scope,
    last_call,
)
from bot.update_journal import JournaledUpdateProcessor, UpdateJournal
from db import journal
from db.connection import open_database
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.bot_process import BotProcess, bot_env
from tests.conftest import USER_ID
from tests.patience import REPLY, START_UP

QUESTION = "متى كانت غزوة تبوك"


def _answers(api: LocalBotApi, chat_id: int) -> list[str]:
    return [
        c.result["text"]
        for c in api.calls_to("sendMessage")
        if c.status == 200 and c.params.get("chat_id") == chat_id
    ]


async def test_an_update_journaled_but_not_done_is_handled_after_restart(
    api: LocalBotApi, config: Config
) -> None:
    # A crash left this question fetched (acknowledged to Telegram) but not answered.
    raw = api.private_message(USER_ID, QUESTION)
    raw["update_id"] = 5
    db = open_database(config.database_path)
    journal.admit(db, [(5, json.dumps(raw, ensure_ascii=False))])
    db.close()
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    async with running(application, poll_timeout=1):
        await api.wait_for_call("sendMessage", timeout=10)
        await asyncio.sleep(0.5)
    assert len(_answers(api, USER_ID)) == 1 and "رجب" in _answers(api, USER_ID)[0]
    check = open_database(config.database_path)
    assert journal.pending(check) == []
    check.close()


async def test_an_update_offered_again_after_it_was_handled_is_not_handled_twice(
    api: LocalBotApi, config: Config
) -> None:
    services = build_services(config)
    first = api.push_update(api.private_message(USER_ID, QUESTION))
    assert first is not None
    # The bot handled it, then died before the next getUpdates acknowledged it.
    journal.admit(services.db, [(first, "{}")])
    journal.mark_done(services.db, first)
    api.push_update(api.private_message(USER_ID, "كم كان عدد الجيش"))
    application = build_application(
        config, services=services, base_url=api.base_url, base_file_url=api.base_file_url
    )
    async with running(application, poll_timeout=1):
        await api.wait_for_call("sendMessage", timeout=10)
        await asyncio.sleep(1.0)
    answers = _answers(api, USER_ID)
    assert len(answers) == 1 and "رجب" not in answers[0]  # only the second question
    assert api.pending_updates == []  # the offset moved past the stub too


def _start_bot(api: LocalBotApi, database: Path, run: int) -> BotProcess:
    output = database.with_name(f"bot-output-{run}.txt")
    return BotProcess(["run"], bot_env(database, api.base_url), output)


def _answered_chats(api: LocalBotApi) -> Counter[int]:
    return Counter(c.params["chat_id"] for c in api.calls_to("sendMessage") if c.status == 200)


async def _every_chat_answered(api: LocalBotApi, chats: set[int], timeout: float) -> None:
    """Wait until every chat has had an answer (or time is up: the test's checks then say
    which are missing)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while set(_answered_chats(api)) != chats and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.1)


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [20, 60])
async def test_sigkill_with_120_questions_in_hand_answers_every_one_after_restart(
    tmp_path: Path, kill_after: int
) -> None:
    database = tmp_path / "bot.db"
    users = [USER_ID + n for n in range(120)]
    async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
        for user in users:
            api.add_user(user, f"طالب {user}")
        with _start_bot(api, database, 1) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            for user in users:
                api.push_update(api.private_message(user, QUESTION))
            await api.wait_for_calls(
                "sendMessage", lambda c: c.status == 200, count=kill_after, timeout=REPLY
            )
            bot.send_signal(signal.SIGKILL)
            bot.wait()
        before = sum(_answered_chats(api).values())
        assert before < len(users)  # the kill really came with questions in hand

        with _start_bot(api, database, 2) as bot:
            await _every_chat_answered(api, set(users), START_UP)
            await asyncio.sleep(1.0)  # time for a wrong second answer to show up
            bot.send_signal(signal.SIGTERM)
            await asyncio.to_thread(bot.wait)
    answered = _answered_chats(api)
    assert set(answered) == set(users)  # every question answered
    twice = [user for user, count in answered.items() if count > 1]
    # (only the updates holding a sending slot at the kill: bot.delivery.SENDING_UPDATES)
    assert len(twice) <= SENDING_UPDATES, f"answered twice: {len(twice)}"
    assert all(count <= 2 for count in answered.values())


async def test_a_questions_reply_marks_it_done_and_frees_its_slot_as_the_send_returns(
    tmp_path: Path,
) -> None:
    # The sending slot must cover only the HTTP call and the done-mark: what the handler
    # (and the processor around it) does after its last reply must not hold it.
    db = open_database(tmp_path / "bot.db")
    update = Update.de_json({"update_id": 7, **_private_text(QUESTION)}, None)
    journal.admit(db, [(7, "{}")])
    policy = DeliveryPolicy(limited=False)
    await policy.initialize()
    processor = JournaledUpdateProcessor(UpdateJournal(db))
    seen: dict[str, object] = {}
    refusals = [BadRequest("Message is too long")]

    async def post() -> dict[str, object]:
        await asyncio.sleep(0)  # a real round trip suspends
        if refusals:
            raise refusals.pop()
        return {"message_id": 1}

    async def handler() -> None:
        scope = current_scope()
        assert scope is not None
        with last_call():
            with contextlib.suppress(BadRequest):
                await policy.process_request(post, (), {}, "sendMessage", {"chat_id": 1}, None)
            # A refused reply took no effect: nothing is done yet.
            seen["after_refusal"] = (journal.counts(db), scope.holds_slot)
            await policy.process_request(post, (), {}, "sendMessage", {"chat_id": 1}, None)
        seen["after_reply"] = (journal.counts(db), scope.holds_slot)

    await processor.handle(update, handler())
    assert seen["after_refusal"] == ((1, 0), True)
    assert seen["after_reply"] == ((0, 1), False)  # done, slot free, handler still running
    assert journal.counts(db) == (0, 1)
    db.close()


async def test_an_update_whose_reply_is_not_its_last_effect_is_done_only_when_handled(
    tmp_path: Path,
) -> None:
    db = open_database(tmp_path / "bot.db")
    update = Update.de_json({"update_id": 8, **_private_text(QUESTION)}, None)
    journal.admit(db, [(8, "{}")])
    policy = DeliveryPolicy(limited=False)
    await policy.initialize()
    processor = JournaledUpdateProcessor(UpdateJournal(db))
    seen: list[tuple[int, int]] = []

    async def post() -> dict[str, object]:
        await asyncio.sleep(0)
        return {"message_id": 1}

    async def handler() -> None:
        await policy.process_request(post, (), {}, "sendMessage", {"chat_id": 1}, None)
        seen.append(journal.counts(db))  # a crash now must replay it: a poll may follow

    await processor.handle(update, handler())
    assert seen == [(1, 0)]
    assert journal.counts(db) == (0, 1)
    db.close()


def _private_text(text: str) -> dict[str, object]:
    user = {"id": USER_ID, "is_bot": False, "first_name": "طالب"}
    return {
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": USER_ID, "type": "private"},
            "from": user,
            "text": text,
        }
    }


async def test_at_sigterm_a_back_off_past_the_grace_ends_at_once_and_a_shorter_one_runs_out() -> (
    None
):
    """end_waits_past(): what cannot finish in the stop's grace is not waited for (its
    update stays in the journal); a retry due within it still happens."""
    policy = DeliveryPolicy(limited=False)
    await policy.initialize()
    loop = asyncio.get_running_loop()
    long_wait = asyncio.ensure_future(policy.sleep(60.0))
    short_wait = asyncio.ensure_future(policy.sleep(0.2))
    await asyncio.sleep(0)  # both are waiting
    policy.end_waits_past(loop.time() + 30.0)
    with pytest.raises(Interrupted):
        await asyncio.wait_for(long_wait, timeout=REPLY)  # (a ceiling: it ends at once)
    await short_wait  # ran out without being interrupted
    with pytest.raises(Interrupted):
        await policy.sleep(40.0)  # a new wait past the grace ends before it starts
    policy.stop()
    with pytest.raises(Interrupted):
        await policy.sleep(0.1)
