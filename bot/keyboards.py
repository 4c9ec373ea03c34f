"""Inline keyboards and their callback data (at most 64 bytes each)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, TelegramObject

from bot import texts
from bot.clip import clip

# Ids in callback data are ASCII digits that fit SQLite's 64-bit integers: anything else
# ("²" passes str.isdigit() but not int(); 25 digits overflow SQLite) is a stale button.
_ROW_ID = re.compile(r"[0-9]{1,18}")

SUGGESTION_PREFIX = "sg"
FEEDBACK_PREFIX = "fb"
MAP_CALLBACK = "map"
# The map button under an English answer: the caption gets its English line.
MAP_CALLBACK_ENGLISH = "map:en"
BUTTON_TEXT_MAX = 60


@dataclass(frozen=True, slots=True)
class SuggestionChoice:
    question_id: int
    fact_id: str


@dataclass(frozen=True, slots=True)
class Feedback:
    question_id: int
    useful: bool


class _PlainKeyboard(InlineKeyboardMarkup):
    """An inline keyboard whose buttons carry only a text and callback data (the only kind
    built here), written out for the Bot API directly: PTB's generic `to_dict` walks every
    attribute slot of every button at each send, which cost about as much as building them.
    """

    __slots__ = ()

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if not recursive:
            return super().to_dict(recursive=False)
        # PTB's key order, so the JSON that goes out is the same byte for byte.
        return {
            "inline_keyboard": [
                [{"callback_data": button.callback_data, "text": button.text} for button in row]
                for row in self.inline_keyboard
            ]
        }


# PTB's constructors set each slot through TelegramObject.__setattr__, a Python call: a
# button (17 slots) cost about 69 K instructions and the keyboard 44 K more, about 2% of an
# update. The keyboards of answers are made here as copies of objects PTB built once, with
# the text, callback data and rows put in: the same slots, equal and written out the same
# (tests/test_wire_forms.py compares every slot with PTB's own).
def _state(template: TelegramObject, *, without: tuple[str, ...]) -> tuple[tuple[str, Any], ...]:
    """Every slot of `template` but `without`, with its value (PTB keeps all state in slots)."""
    return tuple(
        (slot, getattr(template, slot))
        for cls in type(template).__mro__[:-1]
        for slot in getattr(cls, "__slots__", ())
        if slot not in without
    )


_BUTTON_STATE = _state(
    InlineKeyboardButton("-", callback_data="-"), without=("text", "callback_data", "_id_attrs")
)
_KEYBOARD_STATE = _state(_PlainKeyboard(()), without=("inline_keyboard", "_id_attrs"))
_put = object.__setattr__


def _button(text: str, callback_data: str) -> InlineKeyboardButton:
    """InlineKeyboardButton(text, callback_data=callback_data), made as described above."""
    button = object.__new__(InlineKeyboardButton)
    for slot, value in _BUTTON_STATE:
        _put(button, slot, value)
    _put(button, "text", text)
    _put(button, "callback_data", callback_data)
    button._set_id_attrs()  # (PTB's own: the slots compared by ==)
    return button


def _keyboard(rows: list[list[InlineKeyboardButton]]) -> _PlainKeyboard:
    """_PlainKeyboard(rows), made as described above."""
    keyboard = object.__new__(_PlainKeyboard)
    for slot, value in _KEYBOARD_STATE:
        _put(keyboard, slot, value)
    buttons = tuple(tuple(row) for row in rows)
    _put(keyboard, "inline_keyboard", buttons)
    _put(keyboard, "_id_attrs", (buttons,))
    return keyboard


# The route-map buttons are the same under every answer (Arabic, English): built once.
_MAP_BUTTONS = {
    english: InlineKeyboardButton(
        texts.BUTTON_MAP, callback_data=MAP_CALLBACK_ENGLISH if english else MAP_CALLBACK
    )
    for english in (False, True)
}


def feedback_keyboard(
    question_id: int, *, with_map: bool = False, english: bool = False
) -> InlineKeyboardMarkup:
    """ "Useful / not useful" under an answer, and the route-map button where it helps."""
    rows = [
        [
            _button(texts.BUTTON_USEFUL, f"{FEEDBACK_PREFIX}:{question_id}:1"),
            _button(texts.BUTTON_NOT_USEFUL, f"{FEEDBACK_PREFIX}:{question_id}:0"),
        ]
    ]
    if with_map:
        rows.append([_MAP_BUTTONS[english]])
    return _keyboard(rows)


def reply_keyboard(
    question_id: int | None,
    *,
    answered: bool,
    suggestions: tuple[tuple[str, str], ...],
    with_map: bool = False,
    english: bool = False,
) -> InlineKeyboardMarkup | None:
    """The buttons under a reply to a question: feedback under an answer, the choices under
    an ask-back; none when the question could not be stored (their data names its id)."""
    if question_id is None:
        return None
    if answered:
        return feedback_keyboard(question_id, with_map=with_map, english=english)
    if suggestions:
        return suggestions_keyboard(question_id, suggestions)
    return None


def suggestions_keyboard(
    question_id: int, choices: tuple[tuple[str, str], ...]
) -> InlineKeyboardMarkup:
    """One button per suggested question; the fact id travels in the callback data."""
    return _keyboard(
        [
            [
                _button(
                    clip(question, BUTTON_TEXT_MAX), f"{SUGGESTION_PREFIX}:{question_id}:{fact_id}"
                )
            ]
            for fact_id, question in choices
        ]
    )


def parse_suggestion(data: str) -> SuggestionChoice | None:
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != SUGGESTION_PREFIX or row_id(parts[1]) is None:
        return None
    return SuggestionChoice(question_id=int(parts[1]), fact_id=parts[2])


def parse_feedback(data: str) -> Feedback | None:
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != FEEDBACK_PREFIX or row_id(parts[1]) is None:
        return None
    if parts[2] not in ("0", "1"):
        return None
    return Feedback(question_id=int(parts[1]), useful=parts[2] == "1")


def row_id(text: str) -> int | None:
    """A database id from callback data or a command; None unless plain digits that fit."""
    return int(text) if _ROW_ID.fullmatch(text) else None
