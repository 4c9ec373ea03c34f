"""The aiohttp request backend behaves as PTB's own: results, uploads, downloads, errors."""

import socket

import pytest
from telegram import Bot
from telegram.error import BadRequest, NetworkError, TimedOut

from bot.http_client import AiohttpRequest, _client_timeout
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.conftest import USER_ID


def _bot(api: LocalBotApi, **timeouts: float) -> Bot:
    return Bot(
        DEFAULT_TOKEN,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        request=AiohttpRequest(4, **timeouts),
    )


async def test_a_message_goes_out_with_its_parameters_and_comes_back_parsed(api) -> None:
    async with _bot(api) as bot:
        sent = await bot.send_message(USER_ID, "<b>غزوة تبوك</b>", parse_mode="HTML")
    assert sent.text == "غزوة تبوك" and sent.entities[0].type == "bold"
    call = api.calls_to("sendMessage")[-1]
    assert call.params["chat_id"] == USER_ID and call.params["parse_mode"] == "HTML"


async def test_a_document_is_uploaded_and_downloaded_byte_for_byte(api) -> None:
    content = "تبوك ٩ هـ".encode() * 1000
    async with _bot(api) as bot:
        message = await bot.send_document(USER_ID, content, filename="facts.json")
        assert message.document.file_name == "facts.json"
        assert api.file_bytes(message.document.file_id) == content
        file = await bot.get_file(message.document.file_id)
        assert bytes(await file.download_as_bytearray()) == content


async def test_bot_api_errors_keep_their_ptb_classes(api) -> None:
    async with _bot(api) as bot:
        api.fail_next("sendMessage", status=400, description="Bad Request: chat not found")
        with pytest.raises(BadRequest, match="Chat not found"):
            await bot.send_message(USER_ID, "نص")
        api.fail_next("sendMessage", status=500)
        with pytest.raises(NetworkError):
            await bot.send_message(USER_ID, "نص")


async def test_a_late_answer_is_a_timeout(api) -> None:
    async with _bot(api, read_timeout=0.3) as bot:
        api.delay_next("sendMessage", 2)
        with pytest.raises(TimedOut):
            await bot.send_message(USER_ID, "نص")


async def test_no_server_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    request = AiohttpRequest(1)
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.post(f"http://127.0.0.1:{port}/bot{DEFAULT_TOKEN}/getMe")
        assert not isinstance(raised.value, TimedOut)
    finally:
        await request.shutdown()


def test_each_timeout_combination_is_built_once_with_the_same_limits() -> None:
    timeout = _client_timeout(5.0, 20.0, 5.0, 1.0)
    assert timeout is _client_timeout(5.0, 20.0, 5.0, 1.0)
    assert (timeout.total, timeout.connect, timeout.sock_connect, timeout.sock_read) == (
        31.0,
        6.0,
        5.0,
        20.0,
    )
    unbounded = _client_timeout(5.0, None, 5.0, 1.0)
    assert unbounded.total is None and unbounded.sock_read is None
