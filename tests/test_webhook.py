"""The webhook over the fake Bot API: only Telegram's calls get in, a request's size is
bounded (a 60 MB POST costs nothing), and an update is journaled before its 200."""

from __future__ import annotations

import asyncio
import signal
import socket
import time
import tracemalloc
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.app import build_application, replay_journal
from bot.config import Config
from bot.webhook import SECRET_HEADER, WebhookServer
from db import journal
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.bot_process import BotProcess, bot_env
from tests.conftest import USER_ID
from tests.patience import REPLY, START_UP

SECRET = "webhook-secret-for-tests"
SIXTY_MB = 60 * 1024 * 1024


@pytest.fixture
async def webhook(api: LocalBotApi, config: Config) -> AsyncIterator[tuple[WebhookServer, str]]:
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    processor = application.update_processor
    async with application:
        await replay_journal(application)
        await application.start()
        server = WebhookServer(
            application,
            listen="127.0.0.1",
            port=0,
            path="telegram",
            secret_token=SECRET,
            journal=processor.journal,  # type: ignore[attr-defined]
        )
        await server.start()
        try:
            yield server, f"http://127.0.0.1:{server.port}/telegram"
        finally:
            await server.stop()
            await application.stop()


async def test_an_update_with_the_secret_is_journaled_and_answered(
    webhook: tuple[WebhookServer, str], api: LocalBotApi, config: Config
) -> None:
    server, url = webhook
    update = {"update_id": 77, **api.private_message(USER_ID, "متى كانت غزوة تبوك")}
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=update, headers={SECRET_HEADER: SECRET}) as response:
            assert response.status == 200
        db = server._journal._db  # type: ignore[union-attr]
        assert journal.counts(db) in ((1, 0), (0, 1))  # journaled before the 200
        answer = await api.wait_for_call("sendMessage", timeout=10)
        assert "رجب" in answer.result["text"]
        async with session.post(url, json=update, headers={SECRET_HEADER: "wrong"}) as response:
            assert response.status == 403
        # Telegram retrying the same update (our 200 was lost) is not answered twice.
        async with session.post(url, json=update, headers={SECRET_HEADER: SECRET}) as response:
            assert response.status == 200
    await asyncio.sleep(1.0)
    assert len([c for c in api.calls_to("sendMessage") if c.status == 200]) == 1


async def test_a_malformed_update_is_journaled_as_its_id_and_the_next_is_answered(
    webhook: tuple[WebhookServer, str], api: LocalBotApi
) -> None:
    server, url = webhook
    broken = {"update_id": 81, "message": {"message_id": 1, "chat": "not a chat"}}
    good = {"update_id": 82, **api.private_message(USER_ID, "متى كانت غزوة تبوك")}
    async with aiohttp.ClientSession() as session:
        for update in (broken, good):
            async with session.post(url, json=update, headers={SECRET_HEADER: SECRET}) as sent:
                assert sent.status == 200
    answer = await api.wait_for_call("sendMessage", timeout=10)
    assert "رجب" in answer.result["text"]
    db = server._journal._db  # type: ignore[union-attr]
    await asyncio.sleep(0.5)
    done = {row["update_id"]: row["done_at"] for row in db["update_journal"].rows}
    assert done.keys() == {81, 82} and all(done.values())  # the broken one is not replayed


def _post_raw(port: int, headers: str, total: int, chunked: bool = False) -> tuple[str, int]:
    """Send a huge body in 64 KB pieces; returns the status line and the bytes accepted."""
    piece = b"x" * 65536
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(headers.encode())
        try:
            while sent < total:
                if chunked:
                    sock.sendall(b"10000\r\n" + piece + b"\r\n")
                else:
                    sock.sendall(piece)
                sent += len(piece)
        except OSError:
            pass  # the server closed the connection: it stopped reading
        try:
            status = sock.recv(200).decode(errors="replace").split("\r\n")[0]
        except OSError:
            status = ""
    return status, sent


@pytest.mark.parametrize("case", ["no_secret", "declared_too_big", "chunked_too_big"])
async def test_a_60_mb_post_is_refused_without_costing_60_mb(
    webhook: tuple[WebhookServer, str], case: str
) -> None:
    server, _ = webhook
    secret = "" if case == "no_secret" else f"{SECRET_HEADER}: {SECRET}\r\n"
    length = "Transfer-Encoding: chunked\r\n" if case == "chunked_too_big" else (
        f"Content-Length: {SIXTY_MB}\r\n"
    )  # fmt: skip
    headers = (
        f"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"{secret}{length}\r\n"
    )
    tracemalloc.start()
    try:
        status, _ = await asyncio.to_thread(
            _post_raw, server.port, headers, SIXTY_MB, case == "chunked_too_big"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    expected = "403" if case == "no_secret" else "413"
    assert expected in status or status == ""  # refused (or cut off before the answer)
    assert server.refused == 1
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
async def test_run_webhook_sets_the_secret_answers_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    async with LocalBotApi(token=DEFAULT_TOKEN) as api:
        api.add_user(USER_ID, "طالب")
        env = bot_env(tmp_path / "bot.db", api.base_url, WEBHOOK_SECRET_TOKEN=SECRET)
        args = ["run", "--webhook", "https://example.org/telegram",
                "--listen", "127.0.0.1", "--port", str(port)]  # fmt: skip
        with BotProcess(args, env, tmp_path / "bot-output.txt") as bot:
            call = await api.wait_for_call("setWebhook", timeout=START_UP)
            assert call.params["secret_token"] == SECRET
            update = {"update_id": 5, **api.private_message(USER_ID, "متى كانت غزوة تبوك")}
            async with aiohttp.ClientSession() as session, session.post(
                f"http://127.0.0.1:{port}/telegram", json=update,
                headers={SECRET_HEADER: SECRET},
            ) as response:  # fmt: skip
                assert response.status == 200
            await api.wait_for_call("sendMessage", timeout=REPLY)
            stopped = time.monotonic()
            bot.send_signal(signal.SIGTERM)
            code, output = await asyncio.to_thread(bot.finish, REPLY)
            assert time.monotonic() - stopped < 10 and code == 0
    assert DEFAULT_TOKEN not in output and "Traceback" not in output
