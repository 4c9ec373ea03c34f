"""A large import (7,000 facts) is parsed, validated and applied off the event loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from bot import texts
from tests.admin_helpers import button_data
from tests.big_base import big_base, encode
from tests.conftest import OWNER_ID, USER_ID, RunningBot, send

BULK_FACTS = 7000
# The loop may stall this long at most while the import runs. The old code blocked it for
# 1.2 s (preview) and 6.3 s (apply) here; what remains is GIL hand-over and, on a machine
# shared by many processes, scheduling noise (0.02-0.4 s measured).
MAX_LAG_SECONDS = 1.0
# On a loaded machine (the suite runs four workers on two cores) every phase stretches, and so
# does the lag: a stall is also allowed up to this share of its phase. Blocking code stalled
# the loop for most of the phase (6.3 s of the apply), so it still fails.
MAX_LAG_SHARE = 0.25


def allowed_lag(phase_seconds: float) -> float:
    return max(MAX_LAG_SECONDS, MAX_LAG_SHARE * phase_seconds)


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


@pytest.mark.slow
async def test_a_7000_fact_import_does_not_block_the_event_loop(bot: RunningBot) -> None:
    data = encode(big_base(BULK_FACTS))
    document = bot.api.add_file(data, "big.json", "application/json")
    async with probing() as preview_probe:
        started = time.perf_counter()
        since = bot.api.call_count
        bot.api.push_update(
            bot.api.private_message(OWNER_ID, document=document, caption="/import")
        )
        summary = await bot.api.wait_for_call("sendMessage", since=since, timeout=60)
        preview_seconds = time.perf_counter() - started
    assert str(BULK_FACTS) in summary.result["text"]
    async with probing() as apply_probe:
        started = time.perf_counter()
        since = bot.api.call_count
        confirm = button_data(summary, texts.BUTTON_CONFIRM)
        bot.api.push_update(bot.api.callback_query(OWNER_ID, summary.result, confirm))
        # A question asked while the import is applied is still answered.
        await asyncio.sleep(0.05)
        asked = await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك؟"))
        done = await bot.api.wait_for_call("editMessageText", since=since, timeout=60)
        apply_seconds = time.perf_counter() - started
    assert "رجب" in asked.result["text"]
    assert done.params["text"].startswith(texts.IMPORT_DONE.split("{")[0])
    assert bot.services.knowledge.base.fact(f"b{BULK_FACTS - 1}") is not None
    print(
        f"\n7,000-fact import: preview {preview_seconds:.2f} s (loop blocked at most "
        f"{preview_probe.worst:.3f} s), apply {apply_seconds:.2f} s (loop blocked at most "
        f"{apply_probe.worst:.3f} s); calls during apply {bot.api.call_count - since}"
    )
    assert preview_probe.worst < allowed_lag(preview_seconds)
    assert apply_probe.worst < allowed_lag(apply_seconds)
