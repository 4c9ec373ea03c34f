"""Small helpers shared by the admin tests: talking to the bot and reading the database."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from fake_bot_api import LocalBotApi, RecordedCall
from tests.conftest import send

SECOND_ADMIN_ID = 5151


async def say(api: LocalBotApi, user_id: int, text: str) -> RecordedCall:
    """A private message from `user_id`; the bot's next sendMessage."""
    return await send(api, api.private_message(user_id, text))


async def press(
    api: LocalBotApi, user_id: int, message: dict[str, Any], data: str
) -> RecordedCall:
    """Press a button under `message`; the bot's next editMessageText."""
    return await send(api, api.callback_query(user_id, message, data), "editMessageText")


def buttons(call: RecordedCall) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def button_data(call: RecordedCall, text: str) -> str:
    """The callback data of the button whose label contains `text`."""
    found = [b["callback_data"] for b in buttons(call) if text in b["text"]]
    assert found, f"no button {text!r} in {buttons(call)}"
    return found[0]


def base_state(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of the fact base, to check that nothing at all changed."""
    return {
        table: list(db.query(f"SELECT * FROM {table} ORDER BY rowid"))
        for table in ("facts", "phrasings", "quizzes")
    }
