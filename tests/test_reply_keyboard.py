"""Which buttons go under a reply to a question (bot/keyboards.reply_keyboard)."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.keyboards import FEEDBACK_PREFIX, MAP_CALLBACK, SUGGESTION_PREFIX, reply_keyboard

CHOICES = (("date", "متى كانت غزوة تبوك؟"), ("army_size", "كم كان عدد الجيش؟"))


def _data(markup: InlineKeyboardMarkup | None) -> list[str]:
    assert markup is not None
    return [str(button.callback_data) for row in markup.inline_keyboard for button in row]


def test_an_answer_gets_feedback_and_the_map_where_it_helps() -> None:
    plain = _data(reply_keyboard(7, answered=True, suggestions=()))
    assert plain and all(data.startswith(f"{FEEDBACK_PREFIX}:7:") for data in plain)
    with_map = _data(reply_keyboard(7, answered=True, suggestions=(), with_map=True))
    assert any(data.startswith(MAP_CALLBACK) for data in with_map)


def test_an_ask_back_gets_one_button_per_choice() -> None:
    data = _data(reply_keyboard(7, answered=False, suggestions=CHOICES))
    assert data == [f"{SUGGESTION_PREFIX}:7:date", f"{SUGGESTION_PREFIX}:7:army_size"]


def test_no_buttons_without_a_stored_question_or_anything_to_choose() -> None:
    assert reply_keyboard(None, answered=True, suggestions=CHOICES) is None
    assert reply_keyboard(7, answered=False, suggestions=()) is None
