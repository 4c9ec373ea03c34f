"""A local fake of the Telegram Bot API, served over HTTP on 127.0.0.1.

Tests run python-telegram-bot 22.8 against it end to end, and ``python -m bot chat`` uses it to
talk to the bot offline. Answers carry every field PTB 22.8 (Bot API 10.0) requires. It is not
part of the bot's runtime: ``python -m bot run`` never imports it.

    async with LocalBotApi() as api:  # then point PTB at api.base_url / api.base_file_url
        api.push_update(api.private_message(user_id, "متى كانت غزوة تبوك"))
        call = await api.wait_for_call("sendMessage")
"""

from fake_bot_api.common import DEFAULT_TOKEN, ApiError, RecordedCall, UploadedFile
from fake_bot_api.entities import detect_entities, parse_html
from fake_bot_api.inprocess import InProcessRequest
from fake_bot_api.server import LocalBotApi

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "InProcessRequest",
    "LocalBotApi",
    "RecordedCall",
    "UploadedFile",
    "detect_entities",
    "parse_html",
]
