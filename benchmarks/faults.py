"""`python -m benchmarks faults`: the real bot (`python -m bot run`, a subprocess) against
the fake Bot API while faults are injected; one table row per scenario.

Columns: updates sent (questions from distinct users), answered (users who got the
answer), lost (users who got none), answered twice (users who got it more than once),
token seen (the token, or its secret half, anywhere in the bot's output).
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bot import texts
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "متى كانت غزوة تبوك"
ANSWER_WORD = "رجب"
FIRST_USER = 50_000
REJECTED_TOKEN = "987654321:bench-secret-never-printed"


@dataclass
class Row:
    scenario: str
    sent: int
    answered: int
    lost: int
    twice: int
    token_seen: bool
    note: str = ""


class BotProcess:
    """`python -m bot run` with its whole output captured."""

    def __init__(self, base_url: str, database: Path, token: str = DEFAULT_TOKEN) -> None:
        self.token = token
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_BASE_URL": base_url,
            "DATABASE_PATH": str(database),
            "PYTHONUNBUFFERED": "1",
        }
        # Lives as long as the process; read and closed in stop().
        self._log = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=ROOT,
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.output = ""

    async def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> float:
        """Send `sig`, wait for the exit; returns the seconds it took."""
        started = time.monotonic()
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            await asyncio.to_thread(self.process.wait, timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            await asyncio.to_thread(self.process.wait, 5)
        self._log.seek(0)
        self.output += self._log.read()
        self._log.close()
        return time.monotonic() - started

    def token_seen(self) -> bool:
        secret = self.token.partition(":")[2]
        return self.token in self.output or secret in self.output


def _users(count: int) -> list[int]:
    return [FIRST_USER + n for n in range(count)]


def _answers(api: LocalBotApi) -> Counter[int]:
    return Counter(
        c.params["chat_id"]
        for c in api.calls_to("sendMessage")
        if c.status == 200 and ANSWER_WORD in str(c.params.get("text", ""))
    )


def _apologies(api: LocalBotApi) -> int:
    return sum(
        1
        for c in api.calls_to("sendMessage")
        if c.status == 200 and c.params.get("text") == texts.ERROR_APOLOGY
    )


async def _until(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.1)
    return True


def _row(name: str, api: LocalBotApi, users: list[int], bots: list[BotProcess], note: str) -> Row:
    answers = _answers(api)
    answered = sum(1 for user in users if answers[user] > 0)
    apologies = _apologies(api)
    if apologies:
        note = f"{note}; {apologies} apologies".lstrip("; ")
    return Row(
        scenario=name,
        sent=len(users),
        answered=answered,
        lost=len(users) - answered,
        twice=sum(1 for user in users if answers[user] > 1),
        token_seen=any(bot.token_seen() for bot in bots),
        note=note,
    )


async def _ask(api: LocalBotApi, users: list[int]) -> None:
    for user in users:
        api.push_update(api.private_message(user, QUESTION))


Scenario = Callable[[LocalBotApi, Path], Awaitable[Row]]


async def rejected_token(api: LocalBotApi, folder: Path) -> Row:
    bot = BotProcess(api.base_url, folder / "bot.db", token=REJECTED_TOKEN)
    await asyncio.to_thread(bot.process.wait, 30)
    await bot.stop()
    lines = [line for line in bot.output.splitlines() if line.strip()]
    note = f"exit {bot.process.returncode}, {len(lines)} line(s) of output"
    return _row("getMe answers 401", api, [], [bot], note)


async def no_network(api: LocalBotApi, folder: Path) -> Row:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    bot = BotProcess(f"http://127.0.0.1:{port}/bot", folder / "bot.db")
    await asyncio.sleep(6)
    took = await bot.stop()
    tracebacks = bot.output.count("Traceback")
    lines = len(bot.output.splitlines())
    note = f"{lines} log lines in 6 s, {tracebacks} tracebacks, SIGTERM exit in {took:.1f} s"
    return _row("no network at start", api, [], [bot], note)


async def _answer_all(
    name: str,
    api: LocalBotApi,
    folder: Path,
    count: int,
    inject: Callable[[LocalBotApi, list[int]], Awaitable[str]],
    timeout: float = 180,
) -> Row:
    users = _users(count)
    for user in users:
        api.add_user(user, f"طالب {user}")
    bot = BotProcess(api.base_url, folder / "bot.db")
    await api.wait_for_call("getUpdates", timeout=30)
    note = await inject(api, users)
    await _until(lambda: all(_answers(api)[u] for u in users), timeout)
    await asyncio.sleep(1.5)  # time for a wrong second message to show up
    await bot.stop()
    return _row(name, api, users, [bot], note)


async def one_500(api: LocalBotApi, folder: Path) -> Row:
    async def inject(api: LocalBotApi, users: list[int]) -> str:
        api.fail_next("sendMessage", status=500)
        await _ask(api, users)
        return ""

    return await _answer_all("one 500 on sendMessage", api, folder, 20, inject)


async def dropped(api: LocalBotApi, folder: Path) -> Row:
    async def inject(api: LocalBotApi, users: list[int]) -> str:
        api.drop_next("sendMessage", count=10)
        await _ask(api, users)
        return "10 connections dropped"

    return await _answer_all("dropped connections", api, folder, 20, inject)


async def late_answers(api: LocalBotApi, folder: Path) -> Row:
    async def inject(api: LocalBotApi, users: list[int]) -> str:
        api.delay_next("sendMessage", 8, count=5)
        await _ask(api, users)
        return "5 answers held 8 s (effect at once)"

    return await _answer_all("late HTTP answers", api, folder, 20, inject)


async def outage(api: LocalBotApi, folder: Path) -> Row:
    async def inject(api: LocalBotApi, users: list[int]) -> str:
        since = api.call_count
        api.fail_next("sendMessage", status=502)  # the outage begins at the first answer
        await _ask(api, users)
        await api.wait_for_call("sendMessage", since=since, timeout=30)
        api.set_outage(True, status=502)
        await asyncio.sleep(20)
        api.set_outage(False)
        return "every method 502 for 20 s"

    return await _answer_all("20 s outage (5xx)", api, folder, 20, inject)


async def one_chat_429(api: LocalBotApi, folder: Path) -> Row:
    waits: list[float] = []

    async def inject(api: LocalBotApi, users: list[int]) -> str:
        limited = users[0]
        api.fail_next("sendMessage", status=429, retry_after=20, chat_id=limited)
        since = api.call_count
        api.push_update(api.private_message(limited, QUESTION))
        first = await api.wait_for_call("sendMessage", since=since, timeout=30)
        await _ask(api, users[1:])
        await _until(lambda: all(_answers(api)[u] for u in users[1:]), 30)
        last_other = max(
            c.time
            for c in api.calls_to("sendMessage", since=since)
            if c.status == 200 and c.params["chat_id"] != limited
        )
        waits.append(last_other - first.time)
        return ""

    row = await _answer_all("429 (retry_after 20) in one chat", api, folder, 20, inject)
    row.note = f"the other 19 chats all answered {waits[0]:.1f} s after the 429"
    return row


async def sigkill(api: LocalBotApi, folder: Path) -> Row:
    users = _users(120)
    for user in users:
        api.add_user(user, f"طالب {user}")
    first = BotProcess(api.base_url, folder / "bot.db")
    await api.wait_for_call("getUpdates", timeout=30)
    await _ask(api, users)
    await api.wait_for_calls("sendMessage", lambda c: c.status == 200, count=30, timeout=60)
    await first.stop(signal.SIGKILL)
    before = sum(1 for user in users if _answers(api)[user])
    second = BotProcess(api.base_url, folder / "bot.db")
    await _until(lambda: all(_answers(api)[u] for u in users), 120)
    await asyncio.sleep(1.5)
    await second.stop()
    note = f"SIGKILL after {before} answers, then restart"
    return _row("SIGKILL, 120 questions in hand", api, users, [first, second], note)


async def sigterm_in_backoff(api: LocalBotApi, folder: Path) -> Row:
    users = _users(5)
    for user in users:
        api.add_user(user, f"طالب {user}")
    bot = BotProcess(api.base_url, folder / "bot.db")
    await api.wait_for_call("getUpdates", timeout=30)
    api.fail_next("sendMessage", status=500, count=10_000)
    await _ask(api, users)
    await api.wait_for_calls("sendMessage", count=10, timeout=30)
    took = await bot.stop()
    api.clear_faults()
    again = BotProcess(api.base_url, folder / "bot.db")
    await _until(lambda: all(_answers(api)[u] for u in users), 60)
    await asyncio.sleep(1.5)
    await again.stop()
    note = f"SIGTERM during back-off: exit {bot.process.returncode} in {took:.1f} s; restarted"
    return _row("SIGTERM while backing off", api, users, [bot, again], note)


SCENARIOS: list[Scenario] = [
    rejected_token,
    no_network,
    one_500,
    dropped,
    late_answers,
    outage,
    one_chat_429,
    sigkill,
    sigterm_in_backoff,
]


async def run_all() -> list[Row]:
    rows: list[Row] = []
    for scenario in SCENARIOS:
        with tempfile.TemporaryDirectory() as folder:
            async with LocalBotApi(token=DEFAULT_TOKEN, privacy_mode=False) as api:
                rows.append(await scenario(api, Path(folder)))
        print(_format([rows[-1]], header=not rows[:-1]), flush=True)
    return rows


def _format(rows: list[Row], header: bool = True) -> str:
    lines = []
    if header:
        lines.append(
            f"{'scenario':<34} {'sent':>5} {'answered':>9} {'lost':>5} {'twice':>6} "
            f"{'token seen':>10}  note"
        )
    for row in rows:
        lines.append(
            f"{row.scenario:<34} {row.sent:>5} {row.answered:>9} {row.lost:>5} {row.twice:>6} "
            f"{'yes' if row.token_seen else 'no':>10}  {row.note}"
        )
    return "\n".join(lines)


def main() -> None:
    """Run every scenario and print the table as it fills."""
    asyncio.run(run_all())
