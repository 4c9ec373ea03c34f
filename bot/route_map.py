"""The route map picture: sent from the committed PNG once, then by Telegram's file id."""

from __future__ import annotations

import asyncio
from importlib import resources

from telegram import Bot, Message
from telegram.error import BadRequest

from bot import texts
from knowledge.geo import ROUTE_FACT_IDS, medina_tabuk_km

MAP_FILE = "route_map.png"


def map_bytes() -> bytes:
    """The committed picture, read from the installed package (bot/assets)."""
    return resources.files("bot.assets").joinpath(MAP_FILE).read_bytes()


def map_caption(english: bool = False) -> str:
    """Arabic caption (plus an English line for English replies), under 1,024 characters."""
    caption = texts.map_caption(medina_tabuk_km())
    if english:
        caption += "\n" + texts.map_caption_english(medina_tabuk_km())
    return caption


def shows_map(fact_id: str) -> bool:
    """Whether the answer of this fact gets a «map» button (facts about places and the route)."""
    return fact_id in ROUTE_FACT_IDS


class RouteMapSender:
    """Uploads the map on first use and reuses Telegram's file id afterwards."""

    def __init__(self) -> None:
        self._file_id: str | None = None
        self._lock = asyncio.Lock()

    @property
    def file_id(self) -> str | None:
        return self._file_id

    async def send(
        self,
        bot: Bot,
        chat_id: int,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        english: bool = False,
    ) -> Message:
        """Send the picture with its caption, in the given forum topic if any."""
        caption = map_caption(english)
        async with self._lock:
            if self._file_id is not None:
                try:
                    return await bot.send_photo(
                        chat_id,
                        photo=self._file_id,
                        caption=caption,
                        message_thread_id=thread_id,
                        reply_to_message_id=reply_to,
                    )
                except BadRequest:
                    # Telegram forgot the file (another bot token, or a wiped server): upload.
                    self._file_id = None
            message = await bot.send_photo(
                chat_id,
                photo=map_bytes(),
                filename=MAP_FILE,
                caption=caption,
                message_thread_id=thread_id,
                reply_to_message_id=reply_to,
            )
            if message.photo:
                self._file_id = message.photo[-1].file_id
            return message
