"""Text entities as Telegram computes them: parse_mode HTML, automatic entities, UTF-16 units.

Telegram's MarkdownV2 and legacy Markdown parsers are not here: the bot sends HTML only, so
they would be code no caller exercises. A Markdown parse_mode is answered with 400.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from fake_bot_api.common import JSON, ApiError


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def byte_offset(text: str, index: int) -> int:
    """UTF-8 byte offset of ``text[index]``, as Telegram's parse errors report it."""
    return len(text[:index].encode())


def entity_error(message: str) -> ApiError:
    """The 400 answer for markup Telegram cannot parse."""
    return ApiError(400, f"Bad Request: can't parse entities: {message}")


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
    bmp = len(text) == utf16_len(text)
    found: list[JSON] = []
    for kind, pattern in _AUTO_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if not bmp:
                start, end = utf16_len(text[:start]), utf16_len(text[:end])
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
        self.pos += len(chunk) if chunk.isascii() else utf16_len(chunk)

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
        at = byte_offset(src, i)
        if src.startswith("</", i):
            end = src.find(">", i)
            if end < 0:
                raise entity_error(f"Unclosed end tag at byte offset {at}")
            name = src[i + 2 : end].strip().lower()
            if not stack:
                raise entity_error(f"Unexpected end tag at byte offset {at}")
            tag, start, attrs = stack.pop()
            if name != tag:
                raise entity_error(
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
            raise entity_error(f'Unsupported start tag "{name}" at byte offset {at}')
        j = name_match.end() if name_match else i + 1
        attrs = {}
        while True:
            while j < n and src[j].isspace():
                j += 1
            if j >= n:
                raise entity_error(f"Unclosed start tag at byte offset {at}")
            if src[j] == ">":
                break
            attr = _ATTR_RE.match(src, j)
            if not attr:
                raise entity_error(f'Empty attribute name in the tag "{name}" at byte offset {at}')
            value = next((g for g in attr.groups()[1:] if g is not None), "")
            attrs[attr.group(1).lower()] = _HTML_ENTITY_RE.sub(_html_unescape, value)
            j = attr.end()
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise entity_error(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        stack.append((name, out.pos, attrs))
        i = j + 1
    if stack:
        raise entity_error(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
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


def strip_text(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Trims surrounding whitespace as Telegram does, keeping entity offsets right."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    kept: list[JSON] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept


def sort_entities(entities: list[JSON]) -> list[JSON]:
    """Entities in Telegram's order: by offset, outer before inner."""
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def utf16_slice(text: str, offset: int, length: int) -> str:
    """The part of ``text`` an entity covers (offset and length in UTF-16 units)."""
    data = text.encode("utf-16-le")
    return data[offset * 2 : (offset + length) * 2].decode("utf-16-le", errors="replace")


def format_text(
    text: Any, parse_mode: Any, entities: Any, *, what: str = "message text"
) -> tuple[str, list[JSON]]:
    """The text and entities Telegram stores for a text parameter (HTML, entities or plain).

    Only parse_mode HTML is understood: the bot sends HTML only, and Markdown modes get 400.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if isinstance(entities, list):
        parsed = [e for e in entities if isinstance(e, dict)]
    elif parse_mode:
        if str(parse_mode).lower() != "html":
            raise ApiError(400, "Bad Request: unsupported parse_mode")
        text, parsed = parse_html(text)
    else:
        parsed = []
    text, parsed = strip_text(text, parsed)
    if not text and what == "message text":
        raise ApiError(400, "Bad Request: message text is empty")
    parsed += detect_entities(text, parsed)
    return text, sort_entities(parsed)
