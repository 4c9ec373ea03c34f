"""Offline terminal chat: the real Application and handlers, over a local Bot API server.

Nothing is faked inside the bot: it long-polls the project's own Bot API server on
127.0.0.1, and this module plays the user, typing messages and pressing buttons.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import select
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from bot import texts
from bot.app import build_application, build_services, running
from bot.config import Config, Secret
from fake_bot_api import DEFAULT_TOKEN, LocalBotApi, RecordedCall

CONSOLE_USER_ID = 1001
# The group the console user can switch to (/group), to try group quizzes without Telegram.
CONSOLE_GROUP_ID = -1001000000001
BOT_USERNAME = "TabukBot"
# How long to wait for the bot to finish replying before reading the next line.
REPLY_WAIT_SECONDS = 10.0
QUIET_SECONDS = 0.3
# Lines that reach a terminal within this time of each other arrived together (a paste) and
# are one message, as Telegram sends a pasted worksheet; nobody types a line that fast.
PASTE_GAP_SECONDS = 0.05
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
        # Where typed lines go: the private chat, or the console's group after /group.
        self.in_group = False
        self.group_made = False

    def on_call(self, call: RecordedCall) -> None:
        if call.method == "answerCallbackQuery" and call.params.get("text"):
            self._print(f"{texts.CONSOLE_BOT}: {call.params['text']}")
            return
        if call.method not in _SHOWN_METHODS or not isinstance(call.result, dict):
            return
        message = call.result
        chat_id = message.get("chat", {}).get("id")
        if chat_id not in (CONSOLE_USER_ID, CONSOLE_GROUP_ID):
            return
        speaker = texts.CONSOLE_BOT_IN_GROUP if chat_id == CONSOLE_GROUP_ID else texts.CONSOLE_BOT
        if "poll" in message:
            self._show_poll(message["poll"], speaker)
            return
        body = message.get("text") or message.get("caption") or ""
        if message.get("photo"):
            body = f"{body}\n{self._save_photo(message['photo'][-1]['file_id'])}".strip()
        if "document" in message:
            body = f"{body}\n{self._save_document(message['document'])}".strip()
        self._print(f"{speaker}:\n{body}")
        self._show_buttons(message)

    def _save_photo(self, file_id: str) -> str:
        """Save a picture the bot sent into the current folder; say where it is."""
        path = Path.cwd() / CONSOLE_PHOTO_NAME
        path.write_bytes(self._api.file_bytes(file_id))
        return texts.CONSOLE_PHOTO_SAVED.format(path=path)

    def _save_document(self, document: dict[str, Any]) -> str:
        """Save a file the bot sent (/export) into the current folder; say where it is."""
        name = Path(document.get("file_name") or "document.bin").name
        path = Path.cwd() / name
        path.write_bytes(self._api.file_bytes(document["file_id"]))
        return texts.CONSOLE_FILE_SAVED.format(path=path)

    def _show_buttons(self, message: dict[str, Any]) -> None:
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        buttons = [button for row in rows for button in row if "callback_data" in button]
        if not buttons:
            return
        self.buttons = [(message, button["callback_data"]) for button in buttons]
        lines = [f"  [{index}] {button['text']}" for index, button in enumerate(buttons, 1)]
        self._print(texts.CONSOLE_BUTTONS + "\n" + "\n".join(lines))

    def _show_poll(self, poll: dict[str, Any], speaker: str) -> None:
        self.poll_id = poll["id"]
        self.poll_options = len(poll["options"])
        options = "\n".join(
            f"  [{index}] {option['text']}" for index, option in enumerate(poll["options"], 1)
        )
        self._print(f"{speaker}:\n{poll['question']}\n{options}\n{texts.CONSOLE_POLL_HINT}")

    def _print(self, text: str) -> None:
        self._output.write(text + "\n\n")
        self._output.flush()

    def user_input_to_update(self, line: str) -> dict[str, Any] | None:
        """A typed line becomes a message, a button press, or a poll answer."""
        if line.isdecimal() and self.poll_id is not None and 1 <= int(line) <= self.poll_options:
            poll_id, self.poll_id = self.poll_id, None
            try:
                return self._api.poll_answer(poll_id, CONSOLE_USER_ID, [int(line) - 1])
            except ValueError:  # the poll closed meanwhile
                return None
        if line.isdecimal() and 1 <= int(line) <= len(self.buttons):
            message, data = self.buttons[int(line) - 1]
            self.buttons = []
            return self._api.callback_query(CONSOLE_USER_ID, message, data)
        if self.in_group:
            return self._api.group_message(CONSOLE_GROUP_ID, CONSOLE_USER_ID, line)
        return self._api.private_message(CONSOLE_USER_ID, line)

    def import_update(self, argument: str) -> dict[str, Any] | None:
        """«/import PATH»: the file sent as a document with /import as its caption."""
        path = Path(argument.strip().strip("\"'")).expanduser()
        try:
            data = path.read_bytes()
        except OSError:
            self._print(texts.CONSOLE_NO_FILE.format(path=path))
            return None
        document = self._api.add_file(data, path.name, "application/json")
        return self._api.private_message(CONSOLE_USER_ID, document=document, caption="/import")

    def say(self, text: str) -> None:
        self._print(text)


def _enter_group(api: LocalBotApi) -> dict[str, Any]:
    """Make the console's group: the user owns it, and it adds the bot as an administrator."""
    api.add_chat(CONSOLE_GROUP_ID, chat_type="supergroup", title=texts.CONSOLE_GROUP_TITLE)
    api.set_member_status(CONSOLE_GROUP_ID, CONSOLE_USER_ID, "creator")
    return api.my_chat_member(CONSOLE_GROUP_ID, "administrator", by_user_id=CONSOLE_USER_ID)


def _console_command(view: ConsoleView, api: LocalBotApi, line: str) -> dict[str, Any] | None:
    """The console's own commands (/group, /private, /import PATH); else the line as typed."""
    word, _, rest = line.partition(" ")
    if word in texts.CONSOLE_GROUP_WORDS:
        first_time = not view.group_made
        view.in_group = view.group_made = True
        view.say(texts.CONSOLE_IN_GROUP)
        return _enter_group(api) if first_time else None
    if word in texts.CONSOLE_PRIVATE_WORDS:
        view.in_group = False
        view.say(texts.CONSOLE_IN_PRIVATE)
        return None
    if word == "/import" and rest.strip() and not view.in_group:
        return view.import_update(rest)
    return view.user_input_to_update(line)


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


def clean_line(line: str) -> str:
    """Any pasted line as valid text.

    A long paste can arrive cut inside a character; Python hands the broken bytes over as
    lone surrogates, which crashed the console (UnicodeEncodeError) when sent on. They
    become U+FFFD here.
    """
    try:
        data = line.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = line.encode("utf-8", "replace")  # a surrogate that was never a byte
    return data.decode("utf-8", "replace")


def line_reader(source: TextIO) -> Callable[[], str | None]:
    """A function reading one line (None at the end).

    At a terminal it is input() with readline: arrow keys, history, and no 4,096-byte cap
    on a pasted line (the terminal's own line editor cuts long pastes).
    """
    if source is sys.stdin and source.isatty():
        # Imported for its effect on input(); not on every platform, where input() still works.
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401

        def read_terminal() -> str | None:
            try:
                return input()
            except EOFError:
                return None

        return read_terminal

    def read_stream() -> str | None:
        return source.readline() or None

    return read_stream


def _waiting(source: TextIO, seconds: float) -> bool:
    """Whether more input is waiting on the stream, or arrives within `seconds`."""
    try:
        ready, _, _ = select.select([source], [], [], seconds)
    except (OSError, ValueError):  # no select() on this stream (a Windows console)
        return False
    return bool(ready)


class MessageReader:
    """Reads the chat's messages (None at the end), each of one line or several.

    A message is one line, as `python -m bot chat < FILE` has always read a file; at a
    terminal, the lines pasted together (a question with its options, a numbered true/false
    list) are one message; with `paragraphs`, a message runs up to a blank line, from a file
    or typed.
    """

    def __init__(self, source: TextIO, *, paragraphs: bool = False) -> None:
        self._source = source
        self._read_line = line_reader(source)
        self._paragraphs = paragraphs
        self._terminal = source is sys.stdin and source.isatty()
        # A terminal's end (Ctrl+D) is read once: the reader remembers it.
        self._ended = False

    def __call__(self) -> str | None:
        first = self._line()
        while self._paragraphs and first is not None and not first.strip():
            first = self._line()  # blank lines between paragraphs
        if first is None:
            return None
        lines = [first]
        while self._more():
            line = self._line()
            if line is None or (self._paragraphs and not line.strip()):
                break
            lines.append(line)
        return "\n".join(lines)

    def _line(self) -> str | None:
        if self._ended:
            return None
        line = self._read_line()
        if line is None:
            self._ended = True
            return None
        return line.rstrip("\r\n")

    def _more(self) -> bool:
        """Whether the message goes on past the line just read."""
        if self._paragraphs:
            return True
        return self._terminal and _waiting(self._source, PASTE_GAP_SECONDS)


async def run_console(
    config: Config,
    *,
    input_stream: TextIO | None = None,
    output: TextIO | None = None,
    group: bool = False,
    paragraphs: bool = False,
) -> None:
    """Chat with the bot in the terminal until EOF or an exit word (in its group if `group`;
    a message up to a blank line if `paragraphs`, see MessageReader)."""
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
            pending = _console_command(view, api, texts.CONSOLE_GROUP_WORDS[0]) if group else None
            if pending is not None:
                since = api.call_count
                api.push_update(pending)
                await _wait_for_reply(api, since)
            read_message = MessageReader(source, paragraphs=paragraphs)
            while True:
                raw = await asyncio.to_thread(read_message)
                if raw is None:
                    break
                line = clean_line(raw).strip()
                if line in texts.CONSOLE_EXIT_WORDS:
                    break
                if not line:
                    continue
                update = _console_command(view, api, line)
                if update is not None:
                    since = api.call_count
                    api.push_update(update)
                    await _wait_for_reply(api, since)
