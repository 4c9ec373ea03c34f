"""A local fake of the Telegram Bot API, served over HTTP on 127.0.0.1.

Tests run python-telegram-bot 22.8 against it end to end, and ``python -m bot chat`` uses it to
talk to the bot offline. Answers carry every field PTB 22.8 (Bot API 10.0) requires.
"""

from __future__ import annotations

import asyncio
import inspect
import itertools
import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Self

from aiohttp import web

__all__ = ["DEFAULT_TOKEN", "ApiError", "LocalBotApi", "RecordedCall", "UploadedFile"]

_LOGGER = logging.getLogger(__name__)

JSON = dict[str, Any]

DEFAULT_TOKEN = "123456789:LOCAL-bot-api-test-token"
_HOST = "127.0.0.1"  # never any other address: the fake must not be reachable from outside
_MAX_BODY = 64 * 1024 * 1024
_MAX_TEXT = 4096
_MAX_CAPTION = 1024
_MAX_DOWNLOAD = 20 * 1024 * 1024

# PTB form-encodes these as JSON strings; everything else that is not a str is a scalar.
_JSON_FIELDS = frozenset(
    {
        "allowed_updates",
        "button",
        "caption_entities",
        "commands",
        "correct_option_ids",
        "country_codes",
        "description_entities",
        "entities",
        "explanation_entities",
        "explanation_media",
        "link_preview_options",
        "media",
        "menu_button",
        "message_ids",
        "options",
        "permissions",
        "question_entities",
        "reaction",
        "reply_markup",
        "reply_parameters",
        "results",
        "rights",
        "scope",
    }
)
_INT_FIELDS = frozenset(
    {
        "cache_time",
        "chat_id",
        "close_date",
        "correct_option_id",
        "duration",
        "from_chat_id",
        "height",
        "limit",
        "max_connections",
        "message_id",
        "message_thread_id",
        "offset",
        "open_period",
        "reply_to_message_id",
        "timeout",
        "until_date",
        "user_id",
        "width",
    }
)
_BOOL_PREFIXES = (
    "allow",
    "can_",
    "disable_",
    "drop_",
    "for_",
    "has_",
    "hide_",
    "is_",
    "members_",
    "only_",
    "protect_",
    "revoke_",
    "show_",
    "shuffle_",
)
_INT_RE = re.compile(r"-?\d+")

# Methods that post or change a message: these are what Telegram's flood control counts.
_SENDING_METHODS = frozenset(
    {
        "copyMessage",
        "editMessageCaption",
        "editMessageReplyMarkup",
        "editMessageText",
        "forwardMessage",
        "sendAnimation",
        "sendAudio",
        "sendContact",
        "sendDice",
        "sendDocument",
        "sendLocation",
        "sendMediaGroup",
        "sendMessage",
        "sendPhoto",
        "sendPoll",
        "sendSticker",
        "sendVideo",
        "sendVoice",
        "stopPoll",
    }
)

# Telegram delivers these only when allowed_updates names them explicitly.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_SERVICE_KEYS = frozenset(
    {
        "channel_chat_created",
        "delete_chat_photo",
        "group_chat_created",
        "left_chat_member",
        "migrate_from_chat_id",
        "migrate_to_chat_id",
        "new_chat_members",
        "new_chat_photo",
        "new_chat_title",
        "pinned_message",
        "supergroup_chat_created",
    }
)

_CHAT_ACTIONS = frozenset(
    {
        "choose_sticker",
        "find_location",
        "record_video",
        "record_video_note",
        "record_voice",
        "typing",
        "upload_document",
        "upload_photo",
        "upload_video",
        "upload_video_note",
        "upload_voice",
    }
)

_BUTTON_ACTIONS = (
    "callback_data",
    "callback_game",
    "copy_text",
    "login_url",
    "pay",
    "switch_inline_query",
    "switch_inline_query_chosen_chat",
    "switch_inline_query_current_chat",
    "url",
    "web_app",
)

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)

_QUERY_TOO_OLD = (
    "Bad Request: query is too old and response timeout expired or query ID is invalid"
)

_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}

_MEMBER_STATUSES = frozenset(
    {"creator", "administrator", "member", "restricted", "left", "kicked"}
)


class ApiError(Exception):
    """An error answer of the Bot API: HTTP status, description and optional parameters."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def payload(self) -> JSON:
        """The JSON body Telegram sends for this error."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


@dataclass(slots=True)
class UploadedFile:
    """A file part of a multipart request."""

    filename: str
    content_type: str
    data: bytes


@dataclass(slots=True)
class RecordedCall:
    """One request the bot made. ``time`` is ``time.monotonic()`` at arrival."""

    method: str
    params: JSON
    time: float
    seq: int = 0
    status: int | None = None  # HTTP status answered; None while pending or when dropped
    result: Any = None
    error: str | None = None
    dropped: bool = False


@dataclass(slots=True)
class _Fault:
    status: int | None  # None: close the connection without an answer
    description: str | None = None
    retry_after: int | None = None
    parameters: JSON | None = None

    def error(self) -> ApiError:
        status = self.status or 500
        params = dict(self.parameters or {})
        description = self.description
        if status == 429:
            retry = self.retry_after if self.retry_after is not None else 1
            params["retry_after"] = retry
            description = description or f"Too Many Requests: retry after {retry}"
        description = description or _DEFAULT_DESCRIPTIONS.get(status, f"Error {status}")
        return ApiError(status, description, params or None)


@dataclass(slots=True)
class _Window:
    """Sliding window: at most ``cap`` events per ``period`` seconds."""

    cap: int
    period: float
    stamps: dict[Any, deque[float]] = field(default_factory=dict)

    @classmethod
    def from_rate(cls, rate: float, period: float) -> _Window:
        if rate <= 0:
            raise ValueError("flood limit rates must be positive (or None to disable)")
        if rate >= 1:
            return cls(int(rate), period)
        return cls(1, period / rate)

    def wait_time(self, key: Any, now: float) -> float:
        stamps = self.stamps.get(key)
        if not stamps:
            return 0.0
        while stamps and stamps[0] <= now - self.period:
            stamps.popleft()
        if len(stamps) < self.cap:
            return 0.0
        return stamps[0] + self.period - now

    def add(self, key: Any, now: float) -> None:
        self.stamps.setdefault(key, deque()).append(now)


@dataclass(slots=True)
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None


@dataclass(slots=True)
class _PollState:
    poll: JSON
    chat_id: int
    message_id: int
    votes: dict[int, list[int]] = field(default_factory=dict)


def _now() -> int:
    return int(time.time())


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode())


def _entity_error(message: str) -> ApiError:
    return ApiError(400, f"Bad Request: can't parse entities: {message}")


def _strip_reply(message: JSON) -> JSON:
    # Telegram nests reply_to_message one level only.
    return {k: v for k, v in message.items() if k != "reply_to_message"}


# --- Telegram's automatic entities (commands, mentions, hashtags, URLs) -----------------------

_AUTO_PATTERNS = (
    (
        "bot_command",
        re.compile(r"(?<![\w/@])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w@/])"),
    ),
    ("mention", re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{3,32}(?![\w@])")),
    ("hashtag", re.compile(r"(?<![\w#])#(?=\w*[^\W\d])\w+")),
    ("url", re.compile(r"\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)\]}'»،؛]")),
)


def detect_entities(text: str, existing: Iterable[JSON] = ()) -> list[JSON]:
    """Entities Telegram adds by itself, in UTF-16 units, skipping spans already marked up."""
    taken = [(e["offset"], e["offset"] + e["length"]) for e in existing]
    bmp = len(text) == _utf16_len(text)
    found: list[JSON] = []
    for kind, pattern in _AUTO_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not bmp:
                start, end = _utf16_len(text[:start]), _utf16_len(text[:end])
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            found.append({"type": kind, "offset": start, "length": end - start})
    return found


class _Out:
    """Output text of a markup parser, tracking its length in UTF-16 units."""

    __slots__ = ("parts", "pos")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.pos += len(chunk) if chunk.isascii() else _utf16_len(chunk)

    def text(self) -> str:
        return "".join(self.parts)


# --- parse_mode=HTML ----------------------------------------------------------------------------

_HTML_TAGS = {
    "a": "text_link",
    "b": "bold",
    "blockquote": "blockquote",
    "code": "code",
    "del": "strikethrough",
    "em": "italic",
    "i": "italic",
    "ins": "underline",
    "pre": "pre",
    "s": "strikethrough",
    "span": "spoiler",
    "strike": "strikethrough",
    "strong": "bold",
    "tg-emoji": "custom_emoji",
    "tg-spoiler": "spoiler",
    "u": "underline",
}
_HTML_ENTITY_RE = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot));")
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG_NAME_RE = re.compile(r"[A-Za-z0-9-]*")
_ATTR_RE = re.compile(r"""([A-Za-z0-9_-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")


def _html_unescape(match: re.Match[str]) -> str:
    dec, hexa, named = match.groups()
    if named:
        return _HTML_NAMED[named]
    code = int(dec) if dec else int(hexa, 16)
    return chr(code) if 0 < code <= 0x10FFFF else "\ufffd"


def _html_entity(
    tag: str, start: int, length: int, attrs: dict[str, str], stack: list[Any]
) -> JSON:
    kind = _HTML_TAGS[tag]
    if tag == "code" and stack and stack[-1][0] == "pre":
        # <pre><code class="language-x"> is one pre entity with a language.
        css = attrs.get("class", "")
        if css.startswith("language-"):
            stack[-1][2]["language"] = css[len("language-") :]
        return {}
    if length <= 0:
        return {}
    entity: JSON = {"type": kind, "offset": start, "length": length}
    if kind == "text_link":
        href = attrs.get("href")
        if not href:
            return {}
        entity["url"] = href
    elif kind == "pre" and attrs.get("language"):
        entity["language"] = attrs["language"]
    elif kind == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    return entity


def parse_html(src: str) -> tuple[str, list[JSON]]:
    """Telegram's HTML parse mode: returns the plain text and its entities."""
    out = _Out()
    entities: list[JSON] = []
    stack: list[tuple[str, int, dict[str, str]]] = []
    i, n = 0, len(src)
    while i < n:
        char = src[i]
        if char == "&":
            match = _HTML_ENTITY_RE.match(src, i)
            if match:
                out.add(_html_unescape(match))
                i = match.end()
            else:
                out.add("&")
                i += 1
            continue
        if char != "<":
            out.add(char)
            i += 1
            continue
        at = _byte_offset(src, i)
        if src.startswith("</", i):
            end = src.find(">", i)
            if end < 0:
                raise _entity_error(f"Unclosed end tag at byte offset {at}")
            name = src[i + 2 : end].strip().lower()
            if not stack:
                raise _entity_error(f"Unexpected end tag at byte offset {at}")
            tag, start, attrs = stack.pop()
            if name != tag:
                raise _entity_error(
                    f'Unmatched end tag at byte offset {at}, expected "</{tag}>", '
                    f'found "</{name}>"'
                )
            entity = _html_entity(tag, start, out.pos - start, attrs, stack)
            if entity:
                entities.append(entity)
            i = end + 1
            continue
        name_match = _TAG_NAME_RE.match(src, i + 1)
        name = name_match.group().lower() if name_match else ""
        if name not in _HTML_TAGS:
            raise _entity_error(f'Unsupported start tag "{name}" at byte offset {at}')
        j = name_match.end() if name_match else i + 1
        attrs: dict[str, str] = {}
        while True:
            while j < n and src[j].isspace():
                j += 1
            if j >= n:
                raise _entity_error(f"Unclosed start tag at byte offset {at}")
            if src[j] == ">":
                break
            attr = _ATTR_RE.match(src, j)
            if not attr:
                raise _entity_error(
                    f'Empty attribute name in the tag "{name}" at byte offset {at}'
                )
            value = next((g for g in attr.groups()[1:] if g is not None), "")
            attrs[attr.group(1).lower()] = _HTML_ENTITY_RE.sub(_html_unescape, value)
            j = attr.end()
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _entity_error(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        stack.append((name, out.pos, attrs))
        i = j + 1
    if stack:
        raise _entity_error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return out.text(), entities


# --- parse_mode=MarkdownV2 and legacy Markdown ------------------------------------------------

_MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_MDV2_KINDS = {
    "*": "bold",
    "_": "italic",
    "__": "underline",
    "~": "strikethrough",
    "||": "spoiler",
}
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
}


def _scan_url(src: str, start: int) -> tuple[str, int]:
    """Reads a MarkdownV2 ``(url)`` body from ``start`` (after the parenthesis)."""
    chars: list[str] = []
    i = start
    while i < len(src):
        if src[i] == "\\" and i + 1 < len(src):
            chars.append(src[i + 1])
            i += 2
            continue
        if src[i] == ")":
            return "".join(chars), i
        chars.append(src[i])
        i += 1
    raise _entity_error(f"Can't find end of a URL at byte offset {_byte_offset(src, start)}")


def parse_markdown_v2(src: str) -> tuple[str, list[JSON]]:
    """Telegram's MarkdownV2 parse mode: returns the plain text and its entities."""
    out = _Out()
    entities: list[JSON] = []
    stack: list[list[Any]] = []  # [kind, start (UTF-16), index in src, extra]
    quote_start: int | None = None
    i, n = 0, len(src)

    def close(entry: list[Any]) -> None:
        kind, start, _, extra = entry
        if out.pos > start:
            entity: JSON = {"type": kind, "offset": start, "length": out.pos - start}
            if kind == "pre" and extra:
                entity["language"] = extra
            entities.append(entity)

    while i < n:
        char = src[i]
        top = stack[-1] if stack else None
        if char == "\\" and i + 1 < n and 0 < ord(src[i + 1]) <= 126:
            out.add(src[i + 1])
            i += 2
            continue
        if top is not None and top[0] in ("code", "pre"):
            closer = "`" if top[0] == "code" else "```"
            if src.startswith(closer, i):
                close(stack.pop())
                i += len(closer)
            else:
                out.add(char)
                i += 1
            continue
        if char == ">" and (i == 0 or src[i - 1] == "\n"):
            if quote_start is None:
                quote_start = out.pos
            i += 1
            continue
        if char == "\n" and quote_start is not None and not src.startswith(">", i + 1):
            if out.pos > quote_start:
                entities.append(
                    {"type": "blockquote", "offset": quote_start, "length": out.pos - quote_start}
                )
            quote_start = None
        token = ""
        if char == "_":
            token = "__" if src.startswith("__", i) else "_"
        elif char == "|" and src.startswith("||", i):
            token = "||"
        elif char in "*~":
            token = char
        if token:
            kind = _MDV2_KINDS[token]
            if top is not None and top[0] == kind:
                close(stack.pop())
            else:
                stack.append([kind, out.pos, i, None])
            i += len(token)
            continue
        if char == "`":
            if src.startswith("```", i):
                j = i + 3
                newline = src.find("\n", j)
                language = src[j:newline] if newline >= 0 else ""
                if language and not re.fullmatch(r"[\w+#.-]+", language):
                    language = ""
                stack.append(["pre", out.pos, i, language or None])
                i = newline + 1 if language or src.startswith("\n", j) else j
            else:
                stack.append(["code", out.pos, i, None])
                i += 1
            continue
        if char == "[" or (char == "!" and src.startswith("![", i)):
            stack.append(["text_link", out.pos, i, char == "!"])
            i += 2 if char == "!" else 1
            continue
        if char == "]" and top is not None and top[0] == "text_link":
            _, start, _, is_emoji = stack.pop()
            if not src.startswith("(", i + 1):
                raise _entity_error(
                    "Character ']' is reserved and must be escaped with the preceding '\\'"
                )
            url, end = _scan_url(src, i + 2)
            if out.pos > start:
                entity = {"type": "text_link", "offset": start, "length": out.pos - start}
                if is_emoji and url.startswith("tg://emoji?id="):
                    entity = {**entity, "type": "custom_emoji", "custom_emoji_id": url[14:]}
                else:
                    entity["url"] = url
                entities.append(entity)
            i = end + 1
            continue
        if char in _MDV2_RESERVED:
            raise _entity_error(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        out.add(char)
        i += 1
    if quote_start is not None and out.pos > quote_start:
        entities.append(
            {"type": "blockquote", "offset": quote_start, "length": out.pos - quote_start}
        )
    if stack:
        kind, _, index, _ = stack[-1]
        raise _entity_error(
            f"Can't find end of {_MDV2_NAMES[kind]} entity at byte offset "
            f"{_byte_offset(src, index)}"
        )
    return out.text(), entities


def parse_markdown(src: str) -> tuple[str, list[JSON]]:
    """Telegram's legacy Markdown parse mode: returns the plain text and its entities."""
    out = _Out()
    entities: list[JSON] = []
    kinds = {"*": "bold", "_": "italic", "`": "code"}
    i, n = 0, len(src)
    while i < n:
        char = src[i]
        if char == "\\" and i + 1 < n and src[i + 1] in "_*`[":
            out.add(src[i + 1])
            i += 2
            continue
        if char not in "_*`[":
            out.add(char)
            i += 1
            continue
        missing = _entity_error(
            f"Can't find end of the entity starting at byte offset {_byte_offset(src, i)}"
        )
        start = out.pos
        if char == "[":
            end = src.find("]", i + 1)
            if end < 0:
                raise missing
            out.add(src[i + 1 : end])
            i = end + 1
            if src.startswith("(", i):
                close = src.find(")", i + 1)
                if close < 0:
                    raise missing
                if out.pos > start:
                    entities.append(
                        {
                            "type": "text_link",
                            "offset": start,
                            "length": out.pos - start,
                            "url": src[i + 1 : close],
                        }
                    )
                i = close + 1
            continue
        if src.startswith("```", i):
            end = src.find("```", i + 3)
            if end < 0:
                raise missing
            body = src[i + 3 : end]
            language, sep, rest = body.partition("\n")
            if sep and language and " " not in language:
                body = rest
            else:
                language = ""
            out.add(body)
            if out.pos > start:
                entity: JSON = {"type": "pre", "offset": start, "length": out.pos - start}
                if language:
                    entity["language"] = language
                entities.append(entity)
            i = end + 3
            continue
        end = src.find(char, i + 1)
        if end < 0:
            raise missing
        out.add(src[i + 1 : end])
        if out.pos > start:
            entities.append({"type": kinds[char], "offset": start, "length": out.pos - start})
        i = end + 1
    return out.text(), entities


def _strip_text(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Trims surrounding whitespace as Telegram does, keeping entity offsets right."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = _utf16_len(text[: len(text) - len(text.lstrip())])
    total = _utf16_len(stripped)
    kept: list[JSON] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def _sort_entities(entities: list[JSON]) -> list[JSON]:
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _coerce(key: str, value: Any) -> Any:
    """Turns one form-encoded value back into the JSON type Telegram expects."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS:
        if value[:1] in ("[", "{"):
            try:
                return json.loads(value)
            except ValueError as exc:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from exc
        return value
    if key in _INT_FIELDS:
        return int(value) if _INT_RE.fullmatch(value) else value
    if value in ("true", "false", "True", "False") and key.startswith(_BOOL_PREFIXES):
        return value.lower() == "true"
    return value


class LocalBotApi:
    """Fake Bot API server: ``async with LocalBotApi() as api:`` then point PTB at ``base_url``.

    Every request is recorded in ``calls``. Updates pushed with ``push_update`` are served by a
    long-polling ``getUpdates`` that honours ``offset`` like Telegram. With ``privacy_mode`` (the
    default, as on Telegram) group messages a privacy-mode bot would not see are not delivered.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "TabukBot",
        *,
        bot_first_name: str = "Tabuk Bot",
        port: int = 0,
        privacy_mode: bool = True,
        max_recorded_calls: int | None = None,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        prefix = token.partition(":")[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 1_000_000
        self.privacy_mode = privacy_mode
        self.max_recorded_calls = max_recorded_calls
        self._port = port
        self._bound_port: int | None = None
        self._runner: web.AppRunner | None = None
        self._closing = asyncio.Event()
        self.bot_user: JSON = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }

        # Recording
        self.calls: list[RecordedCall] = []
        self._seq = 0
        self._calls_changed = asyncio.Event()
        self._listeners: list[Callable[[RecordedCall], Any]] = []

        # Updates
        self._updates: deque[JSON] = deque()
        self._next_update_id = 1000
        self._updates_changed = asyncio.Event()
        self._poll_generation = 0
        self._allowed_updates: frozenset[str] | None = None  # None: Telegram's default set
        self.undelivered: list[JSON] = []

        # World state
        self._users: dict[int, JSON] = {self.bot_id: self.bot_user}
        self._chats: dict[int, JSON] = {}
        self._migrated: dict[int, int] = {}
        self._bot_status: dict[int, str] = {}
        self._members: dict[tuple[int, int], tuple[str, JSON]] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._next_message_id: dict[int, int] = {}
        self._sent: list[tuple[str, JSON]] = []
        self._polls: dict[str, _PollState] = {}
        self._files: dict[str, _StoredFile] = {}
        self._files_by_path: dict[str, _StoredFile] = {}
        self._counter = 0
        self._open_callback_queries: set[str] = set()
        self._open_inline_queries: set[str] = set()
        self.callback_answers: dict[str, JSON] = {}
        self.inline_answers: dict[str, JSON] = {}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self.bot_settings: dict[str, JSON] = {}
        self.webhook_url = ""
        self.webhook_secret_token: str | None = None

        # Faults and flood control
        self._faults: dict[str, deque[_Fault]] = {}
        self._delays: dict[str, deque[float]] = {}
        self._outage: _Fault | None = None
        self._flood_windows: tuple[_Window | None, _Window | None, _Window | None] = (
            None,
            None,
            None,
        )
        self.flood_rejections = 0
        self.flood_log: list[tuple[str, int | None, str, int]] = []

        self._handlers: dict[str, tuple[str, Callable[[JSON], Any]]] = {}
        for name, handler in self._method_table().items():
            self._handlers[name.lower()] = (name, handler)

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Binds 127.0.0.1 (ephemeral port unless one was given) and serves."""
        if self._runner is not None:
            return
        app = web.Application(client_max_size=_MAX_BODY)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # A short shutdown timeout: held long polls must not keep stop() waiting.
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        site = web.TCPSite(runner, _HOST, self._port)
        await site.start()
        self._runner = runner
        self._closing = asyncio.Event()
        self._bound_port = runner.addresses[0][1]

    async def stop(self) -> None:
        """Wakes held requests and shuts the server down."""
        if self._runner is None:
            return
        self._closing.set()
        self._wake_pollers()
        runner, self._runner = self._runner, None
        await runner.cleanup()
        self._bound_port = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._bound_port is None:
            raise RuntimeError("LocalBotApi is not started")
        return self._bound_port

    @property
    def base_url(self) -> str:
        """What ``Application.builder().base_url(...)`` takes; PTB appends token and method."""
        return f"http://{_HOST}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{_HOST}:{self.port}/file/bot"

    # --- HTTP --------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._serve_file(path[len("/file/bot") :])
        if not path.startswith("/bot"):
            return _json_response(ApiError(404, "Not Found").payload(), 404)
        token, _, name = path[len("/bot") :].partition("/")
        entry = self._handlers.get(name.lower())
        method = entry[0] if entry else name
        bad_params: ApiError | None = None
        try:
            params = await self._read_params(request)
        except ApiError as exc:
            params, bad_params = {}, exc
        call = self._record(method, params)
        if token != self.token:
            return self._finish(call, error=ApiError(401, "Unauthorized"))

        delay = self._take(self._delays, method)
        fault = self._outage or self._take(self._faults, method)
        if fault is not None and fault.status is None:
            await self._hold(delay)
            return self._drop(request, call)
        if fault is not None:
            response = self._finish(call, error=fault.error())
        elif bad_params is not None:
            response = self._finish(call, error=bad_params)
        elif entry is None:
            response = self._finish(call, error=ApiError(404, "Not Found: method not found"))
        elif (flood := self._check_flood(method, params)) is not None:
            response = self._finish(call, error=flood)
        else:
            try:
                result = entry[1](params)
                if inspect.isawaitable(result):
                    result = await result
            except ApiError as exc:
                response = self._finish(call, error=exc)
            else:
                response = self._finish(call, result=result)
        # The effect (and the record) happen at once; only the answer is late, like a slow
        # network where the client may time out although Telegram did the work.
        await self._hold(delay)
        return response

    async def _read_params(self, request: web.Request) -> JSON:
        raw: dict[str, Any] = dict(request.query)
        if request.can_read_body:
            if request.content_type == "application/json":
                try:
                    body = json.loads(await request.read() or b"{}")
                except ValueError as exc:
                    raise ApiError(400, "Bad Request: can't parse JSON request") from exc
                if not isinstance(body, dict):
                    raise ApiError(400, "Bad Request: JSON request must be an object")
                raw.update(body)
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        raw[key] = UploadedFile(
                            value.filename, value.content_type, value.file.read()
                        )
                    else:
                        raw[key] = value
        return {key: _coerce(key, value) for key, value in raw.items()}

    def _finish(
        self, call: RecordedCall, *, result: Any = None, error: ApiError | None = None
    ) -> web.Response:
        if error is not None:
            call.status, call.error = error.code, error.description
            body, status = error.payload(), error.code
        else:
            call.status, call.result = 200, result
            body, status = {"ok": True, "result": result}, 200
        self._completed(call)
        return _json_response(body, status)

    def _drop(self, request: web.Request, call: RecordedCall) -> web.Response:
        call.dropped = True
        self._completed(call)
        if request.transport is not None:
            request.transport.close()
        return web.Response()  # never written: the client sees a disconnect

    async def _hold(self, seconds: float | None) -> None:
        if not seconds:
            return
        try:
            async with asyncio.timeout(seconds):
                await self._closing.wait()
        except TimeoutError:
            pass

    def _serve_file(self, rest: str) -> web.Response:
        token, _, file_path = rest.partition("/")
        if token != self.token:
            return _json_response(ApiError(401, "Unauthorized").payload(), 401)
        stored = self._files_by_path.get(file_path)
        if stored is None:
            return _json_response(ApiError(404, "Not Found").payload(), 404)
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    # --- recording ---------------------------------------------------------------------------

    def _record(self, method: str, params: JSON) -> RecordedCall:
        call = RecordedCall(method, params, time.monotonic(), seq=self._seq)
        self._seq += 1
        self.calls.append(call)
        if self.max_recorded_calls is not None and len(self.calls) > self.max_recorded_calls:
            del self.calls[: len(self.calls) - self.max_recorded_calls // 2]
        self._notify_calls()
        return call

    def _completed(self, call: RecordedCall) -> None:
        self._notify_calls()
        for listener in list(self._listeners):
            try:
                listener(call)
            except Exception:  # a broken listener must not break the fake server
                _LOGGER.exception("LocalBotApi listener failed")

    def _notify_calls(self) -> None:
        self._calls_changed.set()
        self._calls_changed = asyncio.Event()

    @property
    def call_count(self) -> int:
        """Sequence number the next call gets; pass it as ``since`` to ignore older calls."""
        return self._seq

    def calls_to(self, method: str, *, since: int = 0) -> list[RecordedCall]:
        """Recorded calls of one method (case-insensitive), oldest first."""
        wanted = method.lower()
        return [c for c in self.calls if c.seq >= since and c.method.lower() == wanted]

    def clear_calls(self) -> None:
        self.calls.clear()

    def add_listener(self, listener: Callable[[RecordedCall], Any]) -> None:
        """Calls ``listener(call)`` after each answered (or dropped) request."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[RecordedCall], Any]) -> None:
        self._listeners.remove(listener)

    async def wait_for_calls(
        self,
        method: str,
        predicate: Callable[[RecordedCall], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        since: int = 0,
    ) -> list[RecordedCall]:
        """Waits until ``count`` matching calls were recorded; returns the first ``count``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._calls_changed
            matches = [
                c for c in self.calls_to(method, since=since) if not predicate or predicate(c)
            ]
            if len(matches) >= count:
                return matches[:count]
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {count} call(s) to {method} "
                    f"(matched {len(matches)}); calls so far:\n{self.describe_calls()}"
                )
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                pass

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[RecordedCall], bool] | None = None,
        *,
        timeout: float = 5.0,
        count: int = 1,
        since: int = 0,
    ) -> RecordedCall:
        """Waits for the ``count``-th matching call and returns it; AssertionError on timeout."""
        calls = await self.wait_for_calls(
            method, predicate, timeout=timeout, count=count, since=since
        )
        return calls[-1]

    def describe_calls(self, last: int = 40) -> str:
        """The last ``last`` calls, one a line, for assertion messages."""
        lines = []
        idle = 0
        for call in self.calls[-last:]:
            if call.method == "getUpdates" and (call.result == [] or call.status == 409):
                idle += 1  # empty or superseded long polls are noise here
                continue
            outcome = "dropped" if call.dropped else call.status or "pending"
            params = {k: v for k, v in call.params.items() if k not in ("timeout", "offset")}
            text = json.dumps(params, ensure_ascii=False, default=str)
            lines.append(f"  #{call.seq} {call.method} -> {outcome} {text[:160]}")
        if idle:
            lines.append(f"  (+{idle} empty or superseded getUpdates)")
        return "\n".join(lines) or "  (none)"

    # --- fault injection ---------------------------------------------------------------------

    @staticmethod
    def _take(queues: dict[str, deque[Any]], method: str) -> Any:
        # "*" faults skip getUpdates: a waiting long poll would otherwise swallow them.
        for key in (method, "*" if method != "getUpdates" else None):
            queue = queues.get(key) if key else None
            if queue:
                item = queue.popleft()
                if not queue:
                    del queues[key]
                return item
        return None

    def fail_next(
        self,
        method: str = "*",
        status: int = 500,
        *,
        count: int = 1,
        retry_after: int | None = None,
        description: str | None = None,
        parameters: JSON | None = None,
    ) -> None:
        """Answers the next ``count`` calls of ``method`` with an error.

        "*" matches any method but getUpdates, which a waiting long poll would swallow.
        """
        fault = _Fault(status, description, retry_after, parameters)
        self._faults.setdefault(method, deque()).extend([fault] * count)

    def drop_next(self, method: str = "*", *, count: int = 1) -> None:
        """Closes the connection of the next ``count`` calls without answering."""
        self._faults.setdefault(method, deque()).extend([_Fault(None)] * count)

    def delay_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Holds the answer of the next ``count`` calls for ``seconds``; the effect is at once."""
        self._delays.setdefault(method, deque()).extend([seconds] * count)

    def clear_faults(self) -> None:
        self._faults.clear()
        self._delays.clear()
        self._outage = None

    def set_outage(self, active: bool, status: int | None = 500) -> None:
        """While active every method fails with ``status``; None drops every connection."""
        self._outage = _Fault(status) if active else None

    def enforce_flood_limits(
        self,
        per_second: float | None = 30,
        per_group_per_minute: float | None = 20,
        per_chat_per_second: float | None = 1.0,
    ) -> None:
        """Answers 429 when sending methods exceed Telegram-like limits (None disables one).

        ``per_chat_per_second`` applies to private chats only; groups get the per-minute limit.
        """
        self._flood_windows = (
            _Window.from_rate(per_second, 1.0) if per_second else None,
            _Window.from_rate(per_group_per_minute, 60.0) if per_group_per_minute else None,
            _Window.from_rate(per_chat_per_second, 1.0) if per_chat_per_second else None,
        )

    def disable_flood_limits(self) -> None:
        self._flood_windows = (None, None, None)

    def _check_flood(self, method: str, params: JSON) -> ApiError | None:
        overall, group, private = self._flood_windows
        if method not in _SENDING_METHODS or not (overall or group or private):
            return None
        now = time.monotonic()
        chat_id = params.get("chat_id")
        chat_id = chat_id if isinstance(chat_id, int) else None
        checks: list[tuple[_Window, Any, str]] = []
        if overall:
            checks.append((overall, None, "overall"))
        if chat_id is not None and chat_id < 0 and group:
            checks.append((group, chat_id, "group"))
        if chat_id is not None and chat_id > 0 and private:
            checks.append((private, chat_id, "private"))
        waits = [(window.wait_time(key, now), name) for window, key, name in checks]
        wait, limit = max(waits, default=(0.0, ""))
        if wait > 0:
            retry = max(1, math.ceil(wait))
            self.flood_rejections += 1
            self.flood_log.append((method, chat_id, limit, retry))
            return ApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        for window, key, _ in checks:
            window.add(key, now)
        return None

    # --- updates -----------------------------------------------------------------------------

    def push_update(self, update: JSON) -> int | None:
        """Queues an update for getUpdates and returns its update_id.

        Returns None (and keeps it in ``undelivered``) when Telegram would not deliver it to a
        privacy-mode bot: a group message that is no command, no mention of the bot, no reply to
        it and no service message, while the bot is not an administrator there.
        """
        body = {k: v for k, v in update.items() if k != "update_id"}
        if not self._would_deliver(body):
            self.undelivered.append(body)
            _LOGGER.info("privacy mode: a bot would not receive %s", body)
            return None
        update_id = self._next_update_id
        self._next_update_id += 1
        self._updates.append({"update_id": update_id, **body})
        self._wake_pollers()
        return update_id

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet acknowledged by an offset."""
        return list(self._updates)

    def _wake_pollers(self) -> None:
        self._updates_changed.set()
        self._updates_changed = asyncio.Event()

    def _would_deliver(self, update: JSON) -> bool:
        message = update.get("message") or update.get("edited_message")
        if not self.privacy_mode or not isinstance(message, dict):
            return True
        chat = message.get("chat", {})
        if chat.get("type") not in ("group", "supergroup"):
            return True
        if self._bot_status.get(chat["id"]) in ("administrator", "creator"):
            return True
        if _SERVICE_KEYS.intersection(message):
            return True
        reply = message.get("reply_to_message") or {}
        if reply.get("from", {}).get("id") == self.bot_id:
            return True
        if message.get("via_bot", {}).get("id") == self.bot_id:
            return True
        text = message.get("text") or message.get("caption") or ""
        entities = message.get("entities") or message.get("caption_entities") or []
        mine = f"@{self.bot_username}".lower()
        for entity in entities:
            chunk = _utf16_slice(text, entity["offset"], entity["length"])
            if entity["type"] == "bot_command":
                _, at, target = chunk.partition("@")
                if not at or f"@{target}".lower() == mine:
                    return True
            elif entity["type"] == "mention" and chunk.lower() == mine:
                return True
        return False

    def _update_type(self, update: JSON) -> str:
        return next((k for k in update if k != "update_id"), "")

    def _allowed(self, update: JSON) -> bool:
        kind = self._update_type(update)
        if self._allowed_updates is None:
            return kind not in _OPT_IN_UPDATES
        return kind in self._allowed_updates

    def _set_allowed_updates(self, value: Any) -> None:
        if isinstance(value, list):
            self._allowed_updates = frozenset(value) if value else None

    def _ack(self, offset: Any) -> None:
        if not isinstance(offset, int):
            return
        if offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
            return
        while self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()

    async def _get_updates(self, p: JSON) -> list[JSON]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = p.get("offset")
        limit = min(max(_int(p.get("limit"), 100), 1), 100)
        timeout = max(_seconds(p.get("timeout")), 0.0)
        self._set_allowed_updates(p.get("allowed_updates"))
        self._ack(offset)
        # Like Telegram, a newer getUpdates ends an older one still waiting.
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake_pollers()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            changed = self._updates_changed
            if generation != self._poll_generation:
                raise ApiError(409, _DEFAULT_DESCRIPTIONS[409])
            if any(not self._allowed(u) for u in self._updates):
                # Telegram discards updates of types the bot did not ask for.
                skipped = [u for u in self._updates if not self._allowed(u)]
                _LOGGER.info(
                    "allowed_updates discards %s", [self._update_type(u) for u in skipped]
                )
                self.undelivered.extend(skipped)
                self._updates = deque(u for u in self._updates if self._allowed(u))
            ready = list(itertools.islice(self._updates, limit))  # _ack dropped older ones
            remaining = deadline - loop.time()
            if ready or remaining <= 0 or self._closing.is_set():
                return ready
            try:
                async with asyncio.timeout(remaining):
                    await changed.wait()
            except TimeoutError:
                pass

    # --- users and chats ---------------------------------------------------------------------

    def add_user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "ar",
        is_bot: bool = False,
    ) -> JSON:
        """Registers (or updates) a user and returns the User JSON."""
        user: JSON = {
            "id": user_id,
            "is_bot": is_bot,
            "first_name": first_name or f"User{user_id}",
        }
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        self._users[user_id] = user
        if user_id in self._chats:
            self._chats[user_id] = self._private_chat(user)
        return user

    def user(self, user_id: int) -> JSON:
        """The User JSON for ``user_id``, created with default names when unknown."""
        return self._users.get(user_id) or self.add_user(user_id)

    def user_display(self, user_id: int) -> str:
        """Full name as Telegram clients show it."""
        user = self.user(user_id)
        return " ".join(filter(None, (user["first_name"], user.get("last_name"))))

    @staticmethod
    def _private_chat(user: JSON) -> JSON:
        chat: JSON = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        for key in ("last_name", "username"):
            if key in user:
                chat[key] = user[key]
        return chat

    def add_chat(
        self,
        chat_id: int,
        *,
        chat_type: str | None = None,
        title: str | None = None,
        username: str | None = None,
        is_forum: bool | None = None,
    ) -> JSON:
        """Registers (or updates) a chat. Ids > 0 are private, -100... supergroups, else groups."""
        if chat_id > 0:
            return self._chats.setdefault(chat_id, self._private_chat(self.user(chat_id)))
        old = self._chats.get(chat_id, {})
        if chat_type is None:
            chat_type = old.get("type") or (
                "supergroup" if str(chat_id).startswith("-100") else "group"
            )
        chat: JSON = {"id": chat_id, "type": chat_type}
        chat["title"] = title or old.get("title") or f"Group {chat_id}"
        username = username or old.get("username")
        if username:
            chat["username"] = username
        if is_forum or old.get("is_forum"):
            chat["is_forum"] = True
        self._chats[chat_id] = chat
        return chat

    def chat(self, chat_id: int) -> JSON:
        """The Chat JSON for ``chat_id``, created when unknown."""
        return self._chats.get(chat_id) or self.add_chat(chat_id)

    def set_bot_status(self, chat_id: int, status: str) -> None:
        """The bot's own status in a chat ("member", "administrator", "left", "kicked", ...)."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        self._bot_status[chat_id] = status

    def bot_status(self, chat_id: int) -> str:
        return self._bot_status.get(chat_id, "member")

    def set_member_status(self, chat_id: int, user_id: int, status: str, **fields: Any) -> None:
        """Sets what getChatMember answers for a user; ``fields`` override permission flags."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        if user_id == self.bot_id:
            self._bot_status[chat_id] = status
        self._members[(chat_id, user_id)] = (status, fields)

    def member_status(self, chat_id: int, user_id: int) -> str:
        if user_id == self.bot_id:
            return self.bot_status(chat_id)
        return self._members.get((chat_id, user_id), ("member", {}))[0]

    def _member_json(self, chat_id: int, user_id: int) -> JSON:
        if user_id == self.bot_id:
            return self.chat_member_json(self.bot_user, self.bot_status(chat_id))
        status, fields = self._members.get((chat_id, user_id), ("member", {}))
        return self.chat_member_json(self.user(user_id), status, **fields)

    @staticmethod
    def chat_member_json(user: JSON, status: str, **fields: Any) -> JSON:
        """A ChatMember JSON with every field PTB requires for ``status``."""
        member: JSON = {"status": status, "user": user}
        if status == "creator":
            member["is_anonymous"] = False
        elif status == "administrator":
            member.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
                can_pin_messages=True,
                can_manage_topics=False,
            )
        elif status == "restricted":
            flags = (
                "can_change_info can_invite_users can_pin_messages can_send_messages "
                "can_send_polls can_send_other_messages can_add_web_page_previews "
                "can_manage_topics can_send_audios can_send_documents can_send_photos "
                "can_send_videos can_send_video_notes can_send_voice_notes can_edit_tag "
                "can_react_to_messages"
            ).split()
            member.update(dict.fromkeys(flags, False), is_member=True, until_date=0)
        elif status == "kicked":
            member["until_date"] = 0
        elif status not in ("member", "left"):
            raise ValueError(f"unknown status {status!r}")
        member.update(fields)
        return member

    def _chat_for(self, value: Any) -> JSON:
        """Resolves a chat_id parameter as Telegram does (migrations, @usernames)."""
        if value is None or value == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        if isinstance(value, str):
            if value.startswith("@"):
                name = value[1:].lower()
                for chat in self._chats.values():
                    if chat.get("username", "").lower() == name:
                        return chat
            raise ApiError(400, "Bad Request: chat not found")
        if value in self._migrated:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": self._migrated[value]},
            )
        return self.chat(int(value))

    def _check_can_send(self, chat: JSON) -> None:
        status = self._bot_status.get(chat["id"])
        if chat["type"] == "private":
            if status == "kicked":
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            return
        kind = {"supergroup": "supergroup chat", "group": "group chat"}.get(
            chat["type"], "channel chat"
        )
        if status == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {kind}")
        if status == "left":
            raise ApiError(403, f"Forbidden: bot is not a member of the {kind}")

    # --- messages ----------------------------------------------------------------------------

    def _next_id(self) -> int:
        self._counter += 1
        return self._counter

    def _new_message(self, chat: JSON, sender: JSON | None, fields: JSON) -> JSON:
        chat_id = chat["id"]
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        message: JSON = {"message_id": message_id}
        if sender is not None:
            message["from"] = sender
        message.update(date=_now(), chat=dict(chat))
        message.update({k: v for k, v in fields.items() if v is not None})
        self._messages[(chat_id, message_id)] = message
        return message

    def get_message(self, chat_id: int, message_id: int) -> JSON | None:
        """Current state of a message (after edits), or None if deleted or unknown."""
        return self._messages.get((chat_id, message_id))

    def chat_history(self, chat_id: int) -> list[JSON]:
        """All messages still in a chat, oldest first."""
        found = [m for (cid, _), m in self._messages.items() if cid == chat_id]
        return sorted(found, key=lambda m: m["message_id"])

    def sent_messages(self, chat_id: int | None = None) -> list[JSON]:
        """Messages returned by sendMessage (as sent, before later edits), oldest first."""
        return self._sent_by("sendMessage", chat_id)

    def sent_texts(self, chat_id: int | None = None) -> list[str]:
        return [m["text"] for m in self.sent_messages(chat_id)]

    def sent_polls(self, chat_id: int | None = None) -> list[JSON]:
        """Messages returned by sendPoll; ``m["poll"]["id"]`` feeds ``poll_answer``."""
        return self._sent_by("sendPoll", chat_id)

    def sent_documents(self, chat_id: int | None = None) -> list[JSON]:
        return self._sent_by("sendDocument", chat_id)

    def _sent_by(self, method: str, chat_id: int | None) -> list[JSON]:
        return [
            m
            for name, m in self._sent
            if name == method and (chat_id is None or m["chat"]["id"] == chat_id)
        ]

    def _format(
        self, text: Any, parse_mode: Any, entities: Any, *, what: str = "message text"
    ) -> tuple[str, list[JSON]]:
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        if isinstance(entities, list):
            parsed = [e for e in entities if isinstance(e, dict)]
        elif parse_mode:
            mode = str(parse_mode).lower()
            parser = {
                "html": parse_html,
                "markdownv2": parse_markdown_v2,
                "markdown": parse_markdown,
            }.get(mode)
            if parser is None:
                raise ApiError(400, "Bad Request: unsupported parse_mode")
            text, parsed = parser(text)
        else:
            parsed = []
        text, parsed = _strip_text(text, parsed)
        if not text and what == "message text":
            raise ApiError(400, "Bad Request: message text is empty")
        parsed += detect_entities(text, parsed)
        return text, _sort_entities(parsed)

    @staticmethod
    def _inline_markup(markup: Any) -> JSON | None:
        """Validates reply_markup; returns it if it is an inline keyboard (the kind echoed)."""
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(400, "Bad Request: can't parse inline keyboard markup JSON object")
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")
                if not any(key in button for key in _BUTTON_ACTIONS):
                    raise ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard",
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _reply_target(self, p: JSON, chat_id: int) -> JSON | None:
        params = p.get("reply_parameters")
        if not isinstance(params, dict):
            if p.get("reply_to_message_id") is None:
                return None
            params = {"message_id": p["reply_to_message_id"]}
        target_chat = _int(params.get("chat_id"), chat_id)
        target = self._messages.get((target_chat, _int(params.get("message_id"), 0)))
        if target is None:
            if params.get("allow_sending_without_reply") or p.get("allow_sending_without_reply"):
                return None
            raise ApiError(400, "Bad Request: message to be replied not found")
        return _strip_reply(target)

    def _send(self, method: str, p: JSON, fields: JSON) -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        self._check_can_send(chat)
        fields = dict(fields)
        fields["reply_to_message"] = self._reply_target(p, chat["id"])
        fields["reply_markup"] = self._inline_markup(p.get("reply_markup"))
        if p.get("message_thread_id") and chat.get("is_forum"):
            fields["message_thread_id"] = p["message_thread_id"]
            fields["is_topic_message"] = True
        message = self._new_message(chat, self.bot_user, fields)
        self._sent.append((method, message))
        return message

    def _send_message(self, p: JSON) -> JSON:
        text, entities = self._format(p.get("text"), p.get("parse_mode"), p.get("entities"))
        if len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        return self._send("sendMessage", p, {"text": text, "entities": entities or None})

    def _caption(self, p: JSON) -> JSON:
        if p.get("caption") in (None, ""):
            return {}
        text, entities = self._format(
            p["caption"], p.get("parse_mode"), p.get("caption_entities"), what="caption"
        )
        if len(text) > _MAX_CAPTION:
            raise ApiError(400, "Bad Request: message caption is too long")
        return {"caption": text or None, "caption_entities": entities or None}

    def _owned_message(self, p: JSON, *, not_found: str = "message to edit not found") -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        if p.get("message_id") is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        message = self._messages.get((chat["id"], _int(p["message_id"], 0)))
        if message is None:
            raise ApiError(400, f"Bad Request: {not_found}")
        if message.get("from", {}).get("id") != self.bot_id:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _replace_message(self, message: JSON, changes: JSON) -> JSON:
        # Copy on write: messages already returned or recorded keep their old content.
        new = {**message, **changes, "edit_date": _now()}
        for key, value in changes.items():
            if value is None:
                new.pop(key, None)
        self._messages[(message["chat"]["id"], message["message_id"])] = new
        return new

    def _edit_message_text(self, p: JSON) -> JSON | bool:
        text, entities = self._format(p.get("text"), p.get("parse_mode"), p.get("entities"))
        if len(text) > _MAX_TEXT:
            raise ApiError(400, "Bad Request: message is too long")
        markup = self._inline_markup(p.get("reply_markup"))
        if p.get("inline_message_id"):
            return True
        message = self._owned_message(p)
        if "text" not in message:
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if (
            message["text"] == text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise ApiError(400, _NOT_MODIFIED)
        # Editing the text without reply_markup removes the inline keyboard, as on Telegram.
        return self._replace_message(
            message, {"text": text, "entities": entities or None, "reply_markup": markup}
        )

    def _edit_message_reply_markup(self, p: JSON) -> JSON | bool:
        markup = self._inline_markup(p.get("reply_markup"))
        if p.get("inline_message_id"):
            return True
        message = self._owned_message(p)
        if message.get("reply_markup") == markup:
            raise ApiError(400, _NOT_MODIFIED)
        return self._replace_message(message, {"reply_markup": markup})

    def _delete_message(self, p: JSON) -> bool:
        chat = self._chat_for(p.get("chat_id"))
        key = (chat["id"], _int(p.get("message_id"), 0))
        message = self._messages.get(key)
        if message is None:
            raise ApiError(400, "Bad Request: message to delete not found")
        own = message.get("from", {}).get("id") == self.bot_id
        admin = self.bot_status(chat["id"]) in ("administrator", "creator")
        if not (own or admin or chat["type"] == "private"):
            raise ApiError(400, "Bad Request: message can't be deleted")
        del self._messages[key]
        return True

    # --- polls -------------------------------------------------------------------------------

    def _send_poll(self, p: JSON) -> JSON:
        question = p.get("question")
        if not isinstance(question, str) or not question.strip():
            raise ApiError(400, "Bad Request: poll question must be non-empty")
        if len(question) > 300:
            raise ApiError(400, "Bad Request: poll question length must not exceed 300")
        raw_options = p.get("options")
        if not isinstance(raw_options, list) or len(raw_options) < 2:
            raise ApiError(400, "Bad Request: poll must have at least 2 option")
        if len(raw_options) > 12:
            raise ApiError(400, "Bad Request: poll can't have more than 12 options")
        texts = [o.get("text") if isinstance(o, dict) else o for o in raw_options]
        if not all(isinstance(t, str) and t.strip() for t in texts):
            raise ApiError(400, "Bad Request: poll options must be non-empty")
        if any(len(t) > 100 for t in texts):
            raise ApiError(400, "Bad Request: poll options length must not exceed 100")
        kind = p.get("type") or "regular"
        if kind not in ("regular", "quiz"):
            raise ApiError(400, "Bad Request: wrong poll type specified")
        multiple = bool(p.get("allows_multiple_answers"))
        correct = p.get("correct_option_ids")
        if correct is None and p.get("correct_option_id") is not None:
            correct = [p["correct_option_id"]]
        poll_id = str(5_000_000_000_000_000_000 + self._next_id())
        chat = self._chat_for(p.get("chat_id"))
        anonymous = p.get("is_anonymous", True) is not False
        if chat["type"] == "channel" and not anonymous:
            raise ApiError(400, "Bad Request: non-anonymous polls can't be sent to channel chats")
        poll: JSON = {
            "id": poll_id,
            "question": question,
            "options": [
                {"text": t, "voter_count": 0, "persistent_id": f"o{self._next_id()}"}
                for t in texts
            ],
            "total_voter_count": 0,
            "is_closed": bool(p.get("is_closed")),
            "is_anonymous": anonymous,
            "type": kind,
            "allows_multiple_answers": multiple,
            "allows_revoting": bool(p.get("allows_revoting", kind == "regular")),
            "members_only": bool(p.get("members_only")),
        }
        if kind == "quiz":
            valid = (
                isinstance(correct, list)
                and correct
                and all(isinstance(i, int) and 0 <= i < len(texts) for i in correct)
                and len(set(correct)) == len(correct)
                and (multiple or len(correct) == 1)
            )
            if not valid:
                raise ApiError(400, "Bad Request: wrong correct option id specified")
            poll["correct_option_ids"] = correct
        if p.get("explanation"):
            explanation, entities = self._format(
                p["explanation"],
                p.get("explanation_parse_mode"),
                p.get("explanation_entities"),
                what="explanation",
            )
            if len(explanation) > 200 or explanation.count("\n") > 2:
                raise ApiError(400, "Bad Request: explanation is too long")
            poll["explanation"] = explanation
            if entities:
                poll["explanation_entities"] = entities
        if isinstance(p.get("question_entities"), list) and p["question_entities"]:
            poll["question_entities"] = p["question_entities"]
        open_period = p.get("open_period")
        if open_period is not None:
            if not isinstance(open_period, int) or not 5 <= open_period <= 2_628_000:
                raise ApiError(400, "Bad Request: wrong open period specified")
            poll["open_period"] = open_period
            poll["close_date"] = _now() + open_period
        elif isinstance(p.get("close_date"), int):
            poll["close_date"] = p["close_date"]
        message = self._send("sendPoll", p, {"poll": poll})
        self._polls[poll_id] = _PollState(poll, chat["id"], message["message_id"])
        return message

    def _poll_state(self, poll_id: str) -> _PollState:
        state = self._polls.get(poll_id)
        if state is None:
            raise ValueError(f"unknown poll {poll_id!r}; known: {sorted(self._polls)}")
        close_date = state.poll.get("close_date")
        if not state.poll["is_closed"] and close_date and close_date <= time.time():
            self._set_poll(state, {**state.poll, "is_closed": True})
        return state

    def _set_poll(self, state: _PollState, poll: JSON) -> None:
        state.poll = poll
        key = (state.chat_id, state.message_id)
        if key in self._messages:
            self._messages[key] = {**self._messages[key], "poll": poll}

    def poll(self, poll_id: str) -> JSON:
        """Current state of a poll the bot sent (votes, is_closed)."""
        return self._poll_state(poll_id).poll

    def _stop_poll(self, p: JSON) -> JSON:
        message = self._owned_message(p, not_found="message with poll to stop not found")
        if "poll" not in message:
            raise ApiError(400, "Bad Request: message with poll to stop not found")
        state = self._poll_state(message["poll"]["id"])
        if state.poll["is_closed"]:
            raise ApiError(400, "Bad Request: poll has already been closed")
        markup = self._inline_markup(p.get("reply_markup"))
        self._set_poll(state, {**state.poll, "is_closed": True})
        key = (state.chat_id, state.message_id)
        if key in self._messages:
            changes = {"reply_markup": markup} if markup else {}
            self._messages[key] = {
                k: v for k, v in {**self._messages[key], **changes}.items() if k != "reply_markup"
            } | changes
        return state.poll

    # --- files -------------------------------------------------------------------------------

    def add_file(
        self,
        data: bytes,
        file_name: str = "file.bin",
        mime_type: str = "application/octet-stream",
        *,
        folder: str = "documents",
    ) -> JSON:
        """Stores bytes as a Telegram file and returns its Document JSON (for user messages)."""
        number = self._next_id()
        suffix = file_name.rpartition(".")[2] if "." in file_name else "bin"
        stored = _StoredFile(
            file_id=f"BQACAgIAAxkBAAIL{number:08d}",
            file_unique_id=f"AgADL{number:06d}",
            file_path=f"{folder}/file_{number}.{suffix}",
            data=bytes(data),
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return self._document_json(stored)

    @staticmethod
    def _document_json(stored: _StoredFile) -> JSON:
        document: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name:
            document["file_name"] = stored.file_name
        if stored.mime_type:
            document["mime_type"] = stored.mime_type
        return document

    def file_bytes(self, file_id: str) -> bytes:
        """Contents of a stored file (uploaded by the bot or added by a test)."""
        return self._files[file_id].data

    def _send_document(self, p: JSON) -> JSON:
        document = p.get("document")
        if isinstance(document, str) and document.startswith("attach://"):
            document = p.get(document[len("attach://") :])
        if isinstance(document, UploadedFile):
            if not document.data:
                raise ApiError(400, "Bad Request: file must be non-empty")
            doc = self.add_file(
                document.data,
                document.filename or "document",
                document.content_type or "application/octet-stream",
            )
        elif isinstance(document, str) and document in self._files:
            doc = self._document_json(self._files[document])
        elif isinstance(document, str) and document.startswith(("http://", "https://")):
            # The fake never fetches URLs: nothing here may reach other addresses.
            raise ApiError(400, "Bad Request: failed to get HTTP URL content")
        elif isinstance(document, str) and document:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        else:
            raise ApiError(400, "Bad Request: there is no document in the request")
        return self._send("sendDocument", p, {"document": doc, **self._caption(p)})

    def _get_file(self, p: JSON) -> JSON:
        stored = self._files.get(str(p.get("file_id", "")))
        if stored is None:
            raise ApiError(400, "Bad Request: invalid file_id")
        if len(stored.data) > _MAX_DOWNLOAD:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # --- other methods -----------------------------------------------------------------------

    def _get_me(self, _: JSON) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _set_webhook(self, p: JSON) -> bool:
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook_url = str(p.get("url") or "")
        self.webhook_secret_token = secret if self.webhook_url else None
        self._set_allowed_updates(p.get("allowed_updates"))
        if p.get("drop_pending_updates"):
            self._updates.clear()
        self._wake_pollers()
        return True

    def _delete_webhook(self, p: JSON) -> bool:
        self.webhook_url = ""
        self.webhook_secret_token = None
        if p.get("drop_pending_updates"):
            self._updates.clear()
        return True

    def _get_webhook_info(self, _: JSON) -> JSON:
        info: JSON = {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self.webhook_url:
            info["max_connections"] = 40
            if self._allowed_updates is not None:
                info["allowed_updates"] = sorted(self._allowed_updates)
        return info

    @staticmethod
    def _scope_key(scope: Any) -> str:
        scope = scope if isinstance(scope, dict) else {"type": "default"}
        return json.dumps(scope, sort_keys=True)

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """Commands stored by setMyCommands for a scope (default scope when None)."""
        return self._commands.get((self._scope_key(scope), language_code), [])

    def _set_my_commands(self, p: JSON) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        if len(commands) > 100:
            raise ApiError(400, "Bad Request: too many commands")
        for command in commands:
            name = command.get("command", "") if isinstance(command, dict) else ""
            description = command.get("description", "") if isinstance(command, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(name).lstrip("/")):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(description)) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        key = (self._scope_key(p.get("scope")), str(p.get("language_code") or ""))
        self._commands[key] = [
            {"command": c["command"].lstrip("/"), "description": c["description"]}
            for c in commands
        ]
        return True

    def _get_my_commands(self, p: JSON) -> list[JSON]:
        return self.commands(p.get("scope"), str(p.get("language_code") or ""))

    def _delete_my_commands(self, p: JSON) -> bool:
        self._commands.pop(
            (self._scope_key(p.get("scope")), str(p.get("language_code") or "")), None
        )
        return True

    def _answer_callback_query(self, p: JSON) -> bool:
        query_id = str(p.get("callback_query_id", ""))
        if query_id not in self._open_callback_queries:
            raise ApiError(400, _QUERY_TOO_OLD)
        if len(str(p.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_callback_queries.discard(query_id)
        self.callback_answers[query_id] = p
        return True

    def _answer_inline_query(self, p: JSON) -> bool:
        query_id = str(p.get("inline_query_id", ""))
        if query_id not in self._open_inline_queries:
            raise ApiError(400, _QUERY_TOO_OLD)
        results = p.get("results")
        if not isinstance(results, list):
            raise ApiError(400, "Bad Request: can't parse results JSON object")
        if len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [r.get("id") if isinstance(r, dict) else None for r in results]
        if not all(isinstance(i, str) and 1 <= len(i.encode()) <= 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        if len(set(ids)) != len(ids):
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        self._open_inline_queries.discard(query_id)
        self.inline_answers[query_id] = p
        return True

    def _send_chat_action(self, p: JSON) -> bool:
        self._check_can_send(self._chat_for(p.get("chat_id")))
        if p.get("action") not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _get_chat(self, p: JSON) -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def _get_chat_member(self, p: JSON) -> JSON:
        chat = self._chat_for(p.get("chat_id"))
        user_id = p.get("user_id")
        if not isinstance(user_id, int):
            raise ApiError(400, "Bad Request: user not found")
        return self._member_json(chat["id"], user_id)

    def _get_chat_administrators(self, p: JSON) -> list[JSON]:
        chat = self._chat_for(p.get("chat_id"))
        if chat["type"] == "private":
            raise ApiError(400, "Bad Request: there are no administrators in the private chat")
        admins = [
            self._member_json(cid, uid)
            for (cid, uid), (status, _) in self._members.items()
            if cid == chat["id"] and uid != self.bot_id and status in ("creator", "administrator")
        ]
        if self.bot_status(chat["id"]) in ("creator", "administrator"):
            admins.append(self._member_json(chat["id"], self.bot_id))
        return admins

    def _get_chat_member_count(self, p: JSON) -> int:
        chat = self._chat_for(p.get("chat_id"))
        if chat["type"] == "private":
            return 2
        inside = ("creator", "administrator", "member", "restricted")
        humans = sum(
            1 for (cid, _), (s, _f) in self._members.items() if cid == chat["id"] and s in inside
        )
        return humans + (self.bot_status(chat["id"]) in inside)

    def _leave_chat(self, p: JSON) -> bool:
        chat = self._chat_for(p.get("chat_id"))
        self._bot_status[chat["id"]] = "left"
        return True

    def _store_setting(self, name: str) -> Callable[[JSON], bool]:
        def handler(p: JSON) -> bool:
            self.bot_settings[name] = p
            return True

        return handler

    def _read_setting(self, name: str, key: str) -> Callable[[JSON], JSON]:
        def handler(_: JSON) -> JSON:
            return {key: str(self.bot_settings.get(name, {}).get(key, ""))}

        return handler

    def _chat_ok(self, p: JSON) -> bool:
        self._chat_for(p.get("chat_id"))
        return True

    def _method_table(self) -> dict[str, Callable[[JSON], Any]]:
        return {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "logOut": lambda _: True,
            "close": lambda _: True,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendChatAction": self._send_chat_action,
            "sendPoll": self._send_poll,
            "stopPoll": self._stop_poll,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "getChatAdministrators": self._get_chat_administrators,
            "getChatMemberCount": self._get_chat_member_count,
            "leaveChat": self._leave_chat,
            "sendDocument": self._send_document,
            "getFile": self._get_file,
            "pinChatMessage": self._chat_ok,
            "unpinChatMessage": self._chat_ok,
            "unpinAllChatMessages": self._chat_ok,
            "setMessageReaction": self._chat_ok,
            "setChatMenuButton": self._store_setting("setChatMenuButton"),
            "setMyDefaultAdministratorRights": self._store_setting(
                "setMyDefaultAdministratorRights"
            ),
            "setMyName": self._store_setting("setMyName"),
            "setMyDescription": self._store_setting("setMyDescription"),
            "setMyShortDescription": self._store_setting("setMyShortDescription"),
            "getMyName": self._read_setting("setMyName", "name"),
            "getMyDescription": self._read_setting("setMyDescription", "description"),
            "getMyShortDescription": self._read_setting(
                "setMyShortDescription", "short_description"
            ),
        }

    # --- update factories --------------------------------------------------------------------
    # Each returns an update dict without update_id; pass it to push_update().

    def chat_message(
        self,
        chat_id: int,
        user_id: int | None,
        text: str | None = None,
        *,
        entities: list[JSON] | None = None,
        caption: str | None = None,
        reply_to_message_id: int | None = None,
        document: JSON | None = None,
        photo: bytes | bool | None = None,
        sticker: str | None = None,
        forward_from_user_id: int | None = None,
        forward_sender_name: str | None = None,
        forward_from_chat_id: int | None = None,
        forward_message_id: int | None = None,
        via_bot: bool = False,
        extra: JSON | None = None,
        title: str | None = None,
        chat_type: str | None = None,
    ) -> JSON:
        """A new message in any chat; the base of the other message factories.

        Commands, @mentions, hashtags and URLs in ``text``/``caption`` get entities (UTF-16
        offsets) unless ``entities`` is given. ``photo`` (bytes or True) and ``document`` (from
        ``add_file``) are downloadable with getFile. ``sticker`` is the sticker's emoji.
        """
        chat = self.add_chat(chat_id, chat_type=chat_type, title=title) if chat_id < 0 else None
        chat = chat or self.chat(chat_id)
        sender = self.user(user_id) if user_id is not None else None
        fields: JSON = {}
        if text is not None:
            fields["text"] = text
            marks = entities if entities is not None else detect_entities(text)
            fields["entities"] = marks or None
        if caption is not None:
            fields["caption"] = caption
            fields["caption_entities"] = detect_entities(caption) or None
        if reply_to_message_id is not None:
            target = self._messages.get((chat_id, reply_to_message_id))
            if target is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
            fields["reply_to_message"] = _strip_reply(target)
        if document is not None:
            fields["document"] = document
        if photo:
            data = photo if isinstance(photo, bytes) else b"\xff\xd8\xff\xe0fake-jpeg"
            fields["photo"] = self._photo_sizes(data)
        if sticker is not None:
            number = self._next_id()
            fields["sticker"] = {
                "file_id": f"CAACAgIAAxkBAAIS{number:08d}",
                "file_unique_id": f"AgADS{number:06d}",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
                "emoji": sticker,
            }
        origin = self._forward_origin(
            forward_from_user_id, forward_sender_name, forward_from_chat_id, forward_message_id
        )
        fields["forward_origin"] = origin
        if via_bot:
            fields["via_bot"] = self.bot_user
        if extra:
            fields.update(extra)
        if chat["type"] == "channel":
            fields.setdefault("sender_chat", dict(chat))
            sender = None
        message = self._new_message(chat, sender, fields)
        return {"channel_post" if chat["type"] == "channel" else "message": message}

    def private_message(self, user_id: int, text: str | None = None, **kwargs: Any) -> JSON:
        """A message from ``user_id`` in its private chat with the bot."""
        return self.chat_message(user_id, user_id, text, **kwargs)

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str | None = None,
        *,
        reply_to_bot_message_id: int | None = None,
        title: str | None = None,
        supergroup: bool | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A message in a group; ``supergroup`` None infers the type from the -100 prefix."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        chat_type = None if supergroup is None else ("supergroup" if supergroup else "group")
        if reply_to_bot_message_id is not None:
            kwargs["reply_to_message_id"] = reply_to_bot_message_id
        return self.chat_message(
            chat_id, user_id, text, title=title, chat_type=chat_type, **kwargs
        )

    def channel_post(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        title: str | None = None,
        username: str | None = None,
        author_signature: str | None = None,
        **kwargs: Any,
    ) -> JSON:
        """A post in a channel (``channel_post`` update, sender_chat, no ``from``)."""
        self.add_chat(chat_id, chat_type="channel", title=title, username=username)
        extra = dict(kwargs.pop("extra", None) or {})
        if author_signature:
            extra["author_signature"] = author_signature
        return self.chat_message(chat_id, None, text, extra=extra, **kwargs)

    def edited_message(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        *,
        entities: list[JSON] | None = None,
    ) -> JSON:
        """A user's edit of an earlier message (``edited_message``/``edited_channel_post``)."""
        message = self._messages.get((chat_id, message_id))
        if message is None:
            raise ValueError(f"no message {message_id} in chat {chat_id}")
        key = "text" if "text" in message or "caption" not in message else "caption"
        marks = entities if entities is not None else detect_entities(text)
        marks_key = "entities" if key == "text" else "caption_entities"
        new = self._replace_message(message, {key: text, marks_key: marks or None})
        kind = "edited_channel_post" if new["chat"]["type"] == "channel" else "edited_message"
        return {kind: new}

    def _photo_sizes(self, data: bytes) -> list[JSON]:
        stored = self.add_file(data, "photo.jpg", "image/jpeg", folder="photos")
        unique = stored["file_unique_id"]
        small = self.add_file(data[:64] or data, "thumb.jpg", "image/jpeg", folder="photos")
        return [
            {
                "file_id": small["file_id"],
                "file_unique_id": small["file_unique_id"],
                "file_size": small["file_size"],
                "width": 90,
                "height": 90,
            },
            {
                "file_id": stored["file_id"],
                "file_unique_id": unique,
                "file_size": stored["file_size"],
                "width": 800,
                "height": 800,
            },
        ]

    def _forward_origin(
        self,
        user_id: int | None,
        sender_name: str | None,
        chat_id: int | None,
        message_id: int | None,
    ) -> JSON | None:
        date = _now() - 60
        if user_id is not None:
            return {"type": "user", "date": date, "sender_user": self.user(user_id)}
        if sender_name is not None:
            return {"type": "hidden_user", "date": date, "sender_user_name": sender_name}
        if chat_id is not None:
            chat = self.chat(chat_id)
            if chat["type"] == "channel":
                return {
                    "type": "channel",
                    "date": date,
                    "chat": dict(chat),
                    "message_id": message_id or 1,
                }
            return {"type": "chat", "date": date, "sender_chat": dict(chat)}
        return None

    def callback_query(
        self,
        user_id: int,
        message: Any,
        data: str,
        *,
        chat_instance: str | None = None,
    ) -> JSON:
        """A press on an inline button of ``message`` (the bot's message dict or PTB Message)."""
        if hasattr(message, "to_dict"):
            message = message.to_dict()
        chat_id = message["chat"]["id"]
        current = self._messages.get((chat_id, message["message_id"]), message)
        query_id = str(4_000_000_000_000_000_000 + self._next_id())
        self._open_callback_queries.add(query_id)
        query = {
            "id": query_id,
            "from": self.user(user_id),
            "chat_instance": chat_instance or str(7_000_000_000_000_000_000 + abs(chat_id)),
            "message": current,
            "data": data,
        }
        return {"callback_query": query}

    def inline_query(
        self, user_id: int, query: str, *, offset: str = "", chat_type: str | None = "private"
    ) -> JSON:
        """An inline query typed by ``user_id`` (``@TabukBot query``)."""
        query_id = str(3_000_000_000_000_000_000 + self._next_id())
        self._open_inline_queries.add(query_id)
        inline: JSON = {
            "id": query_id,
            "from": self.user(user_id),
            "query": query,
            "offset": offset,
        }
        if chat_type:
            inline["chat_type"] = chat_type
        return {"inline_query": inline}

    def poll_answer(self, poll_id: str, user_id: int, option_ids: list[int]) -> JSON:
        """A vote in a poll the bot sent; also updates the poll's counts.

        Raises ValueError where Telegram would send nothing: anonymous or closed polls, a second
        vote where re-voting is not allowed, bad option ids.
        """
        state = self._poll_state(poll_id)
        poll = state.poll
        if poll["is_anonymous"]:
            raise ValueError("Telegram sends no poll_answer for anonymous polls (is_anonymous)")
        if poll["is_closed"]:
            raise ValueError(f"poll {poll_id} is closed")
        count = len(poll["options"])
        if any(not 0 <= i < count for i in option_ids) or len(set(option_ids)) != len(option_ids):
            raise ValueError(f"bad option ids {option_ids} for {count} options")
        if len(option_ids) > 1 and not poll["allows_multiple_answers"]:
            raise ValueError("this poll allows one answer only")
        previous = state.votes.get(user_id)
        if previous and not poll["allows_revoting"]:
            raise ValueError(f"user {user_id} already voted and the poll forbids re-voting")
        if not option_ids and not previous:
            raise ValueError("nothing to retract")
        options = [dict(o) for o in poll["options"]]
        for i in previous or []:
            options[i]["voter_count"] -= 1
        for i in option_ids:
            options[i]["voter_count"] += 1
        if option_ids:
            state.votes[user_id] = list(option_ids)
        else:
            state.votes.pop(user_id, None)
        self._set_poll(state, {**poll, "options": options, "total_voter_count": len(state.votes)})
        answer = {
            "poll_id": poll_id,
            "user": self.user(user_id),
            "option_ids": list(option_ids),
            "option_persistent_ids": [options[i]["persistent_id"] for i in option_ids],
        }
        return {"poll_answer": answer}

    def poll_update(self, poll_id: str) -> JSON:
        """A ``poll`` update carrying the poll's current state."""
        return {"poll": self.poll(poll_id)}

    def _member_update(
        self,
        chat_id: int,
        member: JSON,
        old: JSON,
        new: JSON,
        by_user_id: int | None,
    ) -> JSON:
        chat = self.chat(chat_id)
        by = by_user_id if by_user_id is not None else (chat_id if chat_id > 0 else 1)
        return {
            "chat": dict(chat),
            "from": self.user(by),
            "date": _now(),
            "old_chat_member": old,
            "new_chat_member": new,
        }

    def my_chat_member(
        self,
        chat_id: int,
        new_status: str,
        *,
        old_status: str | None = None,
        by_user_id: int | None = None,
        **member_fields: Any,
    ) -> JSON:
        """The bot's own status changed (added, promoted, removed, blocked by a user)."""
        self.chat(chat_id)
        if old_status is None:
            old_status = self._bot_status.get(chat_id) or ("member" if chat_id > 0 else "left")
        old = self.chat_member_json(self.bot_user, old_status)
        new = self.chat_member_json(self.bot_user, new_status, **member_fields)
        self._bot_status[chat_id] = new_status
        return {
            "my_chat_member": self._member_update(chat_id, self.bot_user, old, new, by_user_id)
        }

    def chat_member(
        self,
        chat_id: int,
        user_id: int,
        new_status: str,
        *,
        old_status: str | None = None,
        by_user_id: int | None = None,
        **member_fields: Any,
    ) -> JSON:
        """Another member's status changed (delivered only if allowed_updates asks for it)."""
        user = self.user(user_id)
        if old_status is None:
            old = self._member_json(chat_id, user_id)
        else:
            old = self.chat_member_json(user, old_status)
        self.set_member_status(chat_id, user_id, new_status, **member_fields)
        new = self._member_json(chat_id, user_id)
        return {"chat_member": self._member_update(chat_id, user, old, new, by_user_id)}

    def new_chat_members(
        self, chat_id: int, user_ids: list[int], *, by_user_id: int | None = None
    ) -> JSON:
        """The service message for users (or the bot) joining a group."""
        by = by_user_id if by_user_id is not None else user_ids[0]
        members = [self.bot_user if uid == self.bot_id else self.user(uid) for uid in user_ids]
        return self.chat_message(chat_id, by, extra={"new_chat_members": members})

    def migrate_to_chat(
        self, old_chat_id: int, new_chat_id: int, *, user_id: int | None = None
    ) -> JSON:
        """The service message in the old group saying it became supergroup ``new_chat_id``.

        Afterwards methods that name the old chat fail with ChatMigrated, as on Telegram.
        """
        old_chat = self.add_chat(old_chat_id, chat_type="group")
        self.add_chat(new_chat_id, chat_type="supergroup", title=old_chat["title"])
        if old_chat_id in self._bot_status:
            self._bot_status[new_chat_id] = self._bot_status[old_chat_id]
        update = self.chat_message(
            old_chat_id,
            user_id if user_id is not None else 1,
            extra={"migrate_to_chat_id": new_chat_id},
        )
        self._migrated[old_chat_id] = new_chat_id
        return update

    def migrate_from_chat(
        self, old_chat_id: int, new_chat_id: int, *, user_id: int | None = None
    ) -> JSON:
        """The matching service message in the new supergroup (``migrate_from_chat_id``)."""
        self.add_chat(new_chat_id, chat_type="supergroup")
        return self.chat_message(
            new_chat_id,
            user_id if user_id is not None else 1,
            extra={"migrate_from_chat_id": old_chat_id},
        )


def _int(value: Any, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, int):
        return value
    if isinstance(value, str) and _INT_RE.fullmatch(value):
        return int(value)
    return default


def _seconds(value: Any) -> float:
    # Telegram takes whole seconds; fractions are accepted so tests can poll briefly.
    try:
        return float(value) if value is not None and not isinstance(value, bool) else 0.0
    except (TypeError, ValueError):
        return 0.0


def _utf16_slice(text: str, offset: int, length: int) -> str:
    data = text.encode("utf-16-le")
    return data[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


def _json_response(body: JSON, status: int) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
        status=status,
        content_type="application/json",
    )
