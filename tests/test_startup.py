"""`python -m bot run` as an operator sees it: the token never printed, a rejected token in
one line, no network retried quietly, SIGTERM within Docker's 10 s, a heartbeat that means
polling is alive."""

from __future__ import annotations

import asyncio
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.ops import heartbeat_path
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.bot_process import ROOT, BotProcess, bot_env
from tests.conftest import USER_ID
from tests.patience import REPLY, START_UP

# Slow: subprocess start-ups with back-offs and SIGTERM.
pytestmark = pytest.mark.slow

SECRET_TOKEN = "987654321:AAH-secret-part-that-must-never-be-printed"
SECRET_PART = SECRET_TOKEN.partition(":")[2]


def _start(base_url: str, database: Path, token: str = DEFAULT_TOKEN) -> BotProcess:
    return BotProcess(
        ["run"], bot_env(database, base_url, token), database.with_name("bot-output.txt")
    )


async def _appears(path: Path, timeout: float) -> bool:
    """Whether `path` exists within `timeout` seconds (checked every 50 ms)."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("wrong", ["token", "base_url"])
async def test_a_rejected_token_ends_with_one_line_and_never_prints_the_token(
    tmp_path: Path, wrong: str
) -> None:
    async with LocalBotApi(token=DEFAULT_TOKEN) as api:
        # A wrong token: getMe answers 401 Unauthorized; a valid token on a server that is
        # no Bot API: 404 Not Found.
        nothing = f"http://127.0.0.1:{api.port}/nothing/bot"
        base_url = api.base_url if wrong == "token" else nothing
        with _start(base_url, tmp_path / "bot.db", token=SECRET_TOKEN) as bot:
            code, output = await asyncio.to_thread(bot.finish, START_UP)
    assert code == 1
    assert SECRET_TOKEN not in output and SECRET_PART not in output
    assert "Traceback" not in output
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1 and "rejected the bot token" in lines[0], output


async def test_no_network_at_start_is_retried_in_one_line_each_and_sigterm_ends_it(
    tmp_path: Path,
) -> None:
    with _start(f"http://127.0.0.1:{_free_port()}/bot", tmp_path / "bot.db", SECRET_TOKEN) as bot:
        # Wait for two attempts however slow the machine is, rather than a fixed time.
        await asyncio.to_thread(bot.lines_until, "retrying in", 2, START_UP)
        took = await asyncio.to_thread(bot.seconds_to_exit, signal.SIGTERM, REPLY)
        code, output = bot.finish(REPLY)
        assert took < 10
    assert code == 0
    assert SECRET_TOKEN not in output and SECRET_PART not in output
    assert "Traceback" not in output
    retries = [line for line in output.splitlines() if "retrying in" in line]
    assert len(retries) >= 2, output
    assert len(output.splitlines()) < 20  # one line per attempt, not a traceback


async def test_sigterm_during_a_long_back_off_exits_within_ten_seconds(tmp_path: Path) -> None:
    database = tmp_path / "bot.db"
    async with LocalBotApi(token=DEFAULT_TOKEN) as api:
        api.add_user(USER_ID, "طالب")
        with _start(api.base_url, database) as bot:
            await api.wait_for_call("getUpdates", timeout=START_UP)
            # Polling is alive: the heartbeat comes after the first getUpdates is answered,
            # a fixed half second later or much later on a loaded machine.
            assert await _appears(heartbeat_path(database), START_UP)
            api.fail_next("sendMessage", status=500, count=1000)
            api.push_update(api.private_message(USER_ID, "متى كانت غزوة تبوك"))
            await api.wait_for_calls("sendMessage", count=3, timeout=REPLY)  # backing off now
            api.fail_next("sendMessage", status=429, retry_after=60)
            took = await asyncio.to_thread(bot.seconds_to_exit, signal.SIGTERM, REPLY)
            code, output = bot.finish(REPLY)
            assert took < 10
            assert code == 0, output
    assert not heartbeat_path(database).exists()  # a stopped bot does not look healthy
    assert "Traceback" not in output and DEFAULT_TOKEN not in output


def test_check_health_and_export_never_print_the_token_and_check_reports_free_space(
    tmp_path: Path,
) -> None:
    env = bot_env(tmp_path / "bot.db", "https://api.telegram.org/bot", SECRET_TOKEN)
    outputs = []
    for command in (["check"], ["health"], ["facts", "export"]):
        result = subprocess.run(
            [sys.executable, "-m", "bot", *command], cwd=ROOT, env=env,
            capture_output=True, text=True, encoding="utf-8", timeout=START_UP, check=False,
        )  # fmt: skip
        outputs.append(result.stdout + result.stderr)
    assert all(SECRET_TOKEN not in out and SECRET_PART not in out for out in outputs)
    assert "free space:" in outputs[0] and "MB in" in outputs[0]
