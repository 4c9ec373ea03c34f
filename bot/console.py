"""Offline terminal chat: the real Application and handlers, over a local Bot API server.

Nothing is faked inside the bot: it long-polls the project's own Bot API server on
127.0.0.1, and this module plays the user, typing messages and pressing buttons.
"""

from __future__ import annotations

import asyncio
import dataclasses
import sys
from pathlib import Path
from typing import Any, TextIO

from bot import texts
from bot.app import build_application, build_services, running
from bot.config import Config, Secret
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi, RecordedCall

CONSOLE_USER_ID = 1001
BOT_USERNAME = "TabukBot"
# How long to wait for the bot to finish replying before reading the next line.
REPLY_WAIT_SECONDS = 10.0
QUIET_SECONDS = 0.3
# Pictures the bot sends (the route map) are saved under this name in the current folder.
CONSOLE_PHOTO_NAME = "route_map.png"
_SHOWN_METHODS = frozenset(
    {"sendMessage", "editMessageText", "sendPoll", "sendDocument", "sendPhoto"}
)


class ConsoleView:
    """Prints what the bot sends and remembers the buttons and poll that can be answered."""

    def __init__(self, api: LocalBotApi, output: TextIO) -> None:
        self._api = api
        self._output = output
        self.buttons: list[tuple[dict[str, Any], str]] = []
        self.poll_id: str | None = None
        self.poll_options = 0

    def on_call(self, call: RecordedCall) -> None:
        if call.method == "answerCallbackQuery" and call.params.get("text"):
            self._print(f"{texts.CONSOLE_BOT}: {call.params['text']}")
            return
        if call.method not in _SHOWN_METHODS or not isinstance(call.result, dict):
            return
        message = call.result
        if message.get("chat", {}).get("id") != CONSOLE_USER_ID:
            return
        if "poll" in message:
            self._show_poll(message["poll"])
            return
        body = message.get("text") or message.get("caption") or ""
        if message.get("photo"):
            body = f"{body}\n{self._save_photo(message['photo'][-1]['file_id'])}".strip()
        if "document" in message:
            body = f"[{message['document'].get('file_name', 'document')}] {body}".strip()
        self._print(f"{texts.CONSOLE_BOT}:\n{body}")
        self._show_buttons(message)

    def _save_photo(self, file_id: str) -> str:
        """Save a picture the bot sent into the current folder; say where it is."""
        path = Path.cwd() / CONSOLE_PHOTO_NAME
        path.write_bytes(self._api.file_bytes(file_id))
        return texts.CONSOLE_PHOTO_SAVED.format(path=path)

    def _show_buttons(self, message: dict[str, Any]) -> None:
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        buttons = [button for row in rows for button in row if "callback_data" in button]
        if not buttons:
            return
        self.buttons = [(message, button["callback_data"]) for button in buttons]
        lines = [f"  [{index}] {button['text']}" for index, button in enumerate(buttons, 1)]
        self._print(texts.CONSOLE_BUTTONS + "\n" + "\n".join(lines))

    def _show_poll(self, poll: dict[str, Any]) -> None:
        self.poll_id = poll["id"]
        self.poll_options = len(poll["options"])
        options = "\n".join(
            f"  [{index}] {option['text']}" for index, option in enumerate(poll["options"], 1)
        )
        self._print(
            f"{texts.CONSOLE_BOT}:\n{poll['question']}\n{options}\n{texts.CONSOLE_POLL_HINT}"
        )

    def _print(self, text: str) -> None:
        self._output.write(text + "\n\n")
        self._output.flush()

    def user_input_to_update(self, line: str) -> dict[str, Any] | None:
        """A typed line becomes a message, a button press, or a poll answer."""
        if line.isdigit() and self.poll_id is not None and 1 <= int(line) <= self.poll_options:
            poll_id, self.poll_id = self.poll_id, None
            try:
                return self._api.poll_answer(poll_id, CONSOLE_USER_ID, [int(line) - 1])
            except ValueError:  # the poll closed meanwhile
                return None
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            message, data = self.buttons[int(line) - 1]
            self.buttons = []
            return self._api.callback_query(CONSOLE_USER_ID, message, data)
        return self._api.private_message(CONSOLE_USER_ID, line)


async def _wait_for_reply(api: LocalBotApi, since: int) -> None:
    """Wait until the bot has sent something and then gone quiet for a moment."""
    deadline = asyncio.get_running_loop().time() + REPLY_WAIT_SECONDS
    while asyncio.get_running_loop().time() < deadline:
        sent = [
            call
            for method in (*_SHOWN_METHODS, "answerCallbackQuery")
            for call in api.calls_to(method, since=since)
        ]
        quiet_for = asyncio.get_running_loop().time() - max((c.time for c in sent), default=0)
        if sent and quiet_for >= QUIET_SECONDS:
            return
        await asyncio.sleep(0.05)


async def run_console(
    config: Config, *, input_stream: TextIO | None = None, output: TextIO | None = None
) -> None:
    """Chat with the bot in the terminal until EOF or an exit word."""
    source = input_stream or sys.stdin
    sink = output or sys.stdout
    async with LocalBotApi(token=DEFAULT_TOKEN, bot_username=BOT_USERNAME) as api:
        api.add_user(CONSOLE_USER_ID, texts.CONSOLE_USER_NAME)
        # The person at the terminal owns this offline bot, admin commands included.
        console_config = dataclasses.replace(
            config,
            token=Secret(DEFAULT_TOKEN),
            admin_ids=config.admin_ids | {CONSOLE_USER_ID},
        )
        application = build_application(
            console_config,
            services=build_services(console_config),
            base_url=api.base_url,
            base_file_url=api.base_file_url,
        )
        view = ConsoleView(api, sink)
        api.add_listener(view.on_call)
        async with running(application):
            sink.write(texts.CONSOLE_BANNER + "\n\n")
            sink.flush()
            while True:
                line = await asyncio.to_thread(source.readline)
                if not line:
                    break
                line = line.strip()
                if line in texts.CONSOLE_EXIT_WORDS:
                    break
                if not line:
                    continue
                update = view.user_input_to_update(line)
                if update is not None:
                    since = api.call_count
                    api.push_update(update)
                    await _wait_for_reply(api, since)
