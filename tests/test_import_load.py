"""A large import (7,000 facts) is parsed, validated and applied off the event loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from bot import texts
from fake_bot_api.common import RecordedCall
from tests.admin_helpers import button_data
from tests.big_base import big_base, encode
from tests.conftest import OWNER_ID, USER_ID, RunningBot
from tests.patience import REPLY

BULK_FACTS = 7000
QUESTION = "متى كانت غزوة تبوك؟"


def to_chat(chat_id: int):
    """A predicate for calls addressed to one chat."""
    return lambda call: call.params.get("chat_id") == chat_id


class LagProbe:
    """Measures how late a 10 ms timer fires: the longest time the event loop was blocked."""

    def __init__(self) -> None:
        self.worst = 0.0

    async def run(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(0.01)
            self.worst = max(self.worst, time.perf_counter() - start - 0.01)


@asynccontextmanager
async def probing() -> AsyncIterator[LagProbe]:
    probe = LagProbe()
    task = asyncio.create_task(probe.run())
    try:
        yield probe
    finally:
        task.cancel()


async def ask_while_busy(bot: RunningBot) -> RecordedCall:
    """A user's question pushed just after the admin's update; returns the bot's answer."""
    await asyncio.sleep(0.05)
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(USER_ID, QUESTION))
    return await bot.api.wait_for_call("sendMessage", to_chat(USER_ID), since=since, timeout=REPLY)


@pytest.mark.slow
async def test_a_7000_fact_import_does_not_block_the_event_loop(bot: RunningBot) -> None:
    """Users are answered while a big import is previewed and applied, not after it.

    The test orders replies instead of timing the loop (a timed assertion failed on a loaded
    machine): code that parsed, validated or applied the import on the event loop stalled it
    for the whole phase (1.2 s preview, 6.3 s apply here), so the user's answer came after the
    admin's reply. The loop's longest stall is printed as a figure.
    """
    data = encode(big_base(BULK_FACTS))
    document = bot.api.add_file(data, "big.json", "application/json")
    async with probing() as preview_probe:
        started = time.perf_counter()
        since = bot.api.call_count
        bot.api.push_update(
            bot.api.private_message(OWNER_ID, document=document, caption="/import")
        )
        asked_in_preview = await ask_while_busy(bot)
        summary = await bot.api.wait_for_call(
            "sendMessage", to_chat(OWNER_ID), since=since, timeout=REPLY
        )
        preview_seconds = time.perf_counter() - started
    assert str(BULK_FACTS) in summary.result["text"]
    assert "رجب" in asked_in_preview.result["text"]
    assert asked_in_preview.seq < summary.seq, "the question waited for the import's preview"
    async with probing() as apply_probe:
        started = time.perf_counter()
        since = bot.api.call_count
        confirm = button_data(summary, texts.BUTTON_CONFIRM)
        bot.api.push_update(bot.api.callback_query(OWNER_ID, summary.result, confirm))
        asked_in_apply = await ask_while_busy(bot)
        done = await bot.api.wait_for_call("editMessageText", since=since, timeout=REPLY)
        apply_seconds = time.perf_counter() - started
    assert "رجب" in asked_in_apply.result["text"]
    assert asked_in_apply.seq < done.seq, "the question waited for the import to be applied"
    assert done.params["text"].startswith(texts.IMPORT_DONE.split("{")[0])
    assert bot.services.knowledge.base.fact(f"b{BULK_FACTS - 1}") is not None
    print(
        f"\n7,000-fact import: preview {preview_seconds:.2f} s (loop blocked at most "
        f"{preview_probe.worst:.3f} s), apply {apply_seconds:.2f} s (loop blocked at most "
        f"{apply_probe.worst:.3f} s); calls during apply {bot.api.call_count - since}"
    )
