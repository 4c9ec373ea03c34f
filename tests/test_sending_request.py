"""A sent reply nobody reads is not decoded; everything else is answered as PTB answers it."""

from __future__ import annotations

import pytest
from telegram import Message
from telegram.error import BadRequest
from telegram.request import BaseRequest

from bot.transport import SafeBot, SendingRequest, sent_message_unused
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi
from tests.conftest import USER_ID


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every answer PTB's own decoding is asked for, in order."""
    seen: list[bytes] = []
    original = BaseRequest.parse_json_payload

    def counting(payload: bytes) -> dict:
        seen.append(payload)
        return original(payload)

    monkeypatch.setattr(BaseRequest, "parse_json_payload", staticmethod(counting))
    return seen


def _bot(api: LocalBotApi) -> SafeBot:
    return SafeBot(
        DEFAULT_TOKEN,
        base_url=api.base_url,
        base_file_url=api.base_file_url,
        request=SendingRequest(4),
    )


async def test_an_unread_reply_goes_out_and_is_not_decoded(api, decoded) -> None:
    async with _bot(api) as bot:
        decoded.clear()
        with sent_message_unused():
            sent = await bot.send_message(USER_ID, "<b>غزوة تبوك</b>", parse_mode="HTML")
    assert sent is True and decoded == []
    call = api.calls_to("sendMessage")[-1]
    assert call.status == 200 and call.params["text"] == "<b>غزوة تبوك</b>"


async def test_a_reply_read_back_is_decoded_and_parsed(api, decoded) -> None:
    async with _bot(api) as bot:
        decoded.clear()
        sent = await bot.send_message(USER_ID, "<b>غزوة تبوك</b>", parse_mode="HTML")
    assert isinstance(sent, Message) and sent.text == "غزوة تبوك"
    assert len(decoded) == 1


async def test_an_unread_reply_refused_still_raises_with_telegrams_words(api) -> None:
    async with _bot(api) as bot:
        api.fail_next("sendMessage", status=400, description="Bad Request: can't parse entities")
        with sent_message_unused(), pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(USER_ID, "<b>نص", parse_mode="HTML")
        # Other calls under it are answered as ever.
        with sent_message_unused():
            me = await bot.get_me()
    assert me.is_bot
