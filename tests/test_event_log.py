"""Structured logs: one line per update with its id, kind, chat type, outcome and latency."""

import asyncio
import logging
import re

import pytest

from tests.conftest import GROUP_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

LINE = re.compile(
    r"^update=(\d+) kind=(\w+) chat=([\w-]+) outcome=(\w+)(?: \w+=\S+)* latency_ms=\d+\.\d$"
)


async def test_one_line_per_update_without_message_text(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.events")
    await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    await send(bot.api, bot.api.private_message(USER_ID, "سألني صديقي أحمد عن شيء"))
    await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة بدر"))
    bot.api.push_update(bot.api.group_message(GROUP_ID, USER_ID, "كلام عادي في المجموعة"))
    await send(bot.api, bot.api.private_message(USER_ID, "/help"))
    await asyncio.sleep(0.2)  # the line is written once the update is fully handled
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.events"]
    assert len(lines) == 5
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    outcomes = [m.group(4) for m in parsed]
    assert outcomes[0] == "answer" and outcomes[1] in ("unknown", "suggest")
    assert outcomes[2:] == ["other_event", "ignored", "ignored"]
    assert parsed[3].group(3) == "supergroup" and parsed[0].group(3) == "private"
    assert "fact=date" in lines[0]
    everything = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "أحمد" not in everything and "كلام عادي" not in everything
