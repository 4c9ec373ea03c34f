"""The bot's own shortcuts to the Bot API's wire form send PTB's bytes exactly."""

import json

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, TelegramObject
from telegram.constants import ParseMode
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.http_client import json_body
from bot.keyboards import feedback_keyboard, suggestions_keyboard

KEYBOARDS = [
    feedback_keyboard(1),
    feedback_keyboard(123456789012, with_map=True),
    feedback_keyboard(77, with_map=True, english=True),
    suggestions_keyboard(5, (("date", "متى كانت غزوة تبوك؟"), ("army", "كم " * 40))),
]


@pytest.mark.parametrize("markup", KEYBOARDS)
def test_an_answers_keyboard_is_written_out_as_ptb_writes_it(markup: InlineKeyboardMarkup) -> None:
    ptb = InlineKeyboardMarkup(markup.inline_keyboard)  # PTB's own to_dict
    assert markup == ptb
    assert json.dumps(markup.to_dict()) == json.dumps(ptb.to_dict())
    assert markup.to_dict(recursive=False) == ptb.to_dict(recursive=False)


def _slots(item: TelegramObject) -> dict[str, object]:
    names = (slot for cls in type(item).__mro__[:-1] for slot in getattr(cls, "__slots__", ()))
    return {name: getattr(item, name) for name in names}


@pytest.mark.parametrize("markup", KEYBOARDS)
def test_an_answers_keyboard_is_what_ptbs_constructors_make(markup: InlineKeyboardMarkup) -> None:
    # (bot/keyboards.py copies objects PTB built once instead of calling the constructors)
    for row in markup.inline_keyboard:
        for button in row:
            ptb_button = InlineKeyboardButton(button.text, callback_data=button.callback_data)
            assert type(button) is InlineKeyboardButton
            assert _slots(button) == _slots(ptb_button)
            assert hash(button) == hash(ptb_button)
            with pytest.raises(AttributeError):
                button.text = "changed"  # frozen, as PTB's are
    ptb = type(markup)(markup.inline_keyboard)  # through InlineKeyboardMarkup.__init__
    assert _slots(markup) == _slots(ptb)
    assert hash(markup) == hash(ptb)
    with pytest.raises(AttributeError):
        markup.inline_keyboard = ()


@pytest.mark.parametrize("markup", [None, *KEYBOARDS])
def test_a_json_body_is_ptbs_payload_byte_for_byte(markup: InlineKeyboardMarkup | None) -> None:
    data = {
        "chat_id": -100123,
        "text": '<b>غزوة تبوك</b> «في رجب» "quoted" \n',
        "parse_mode": ParseMode.HTML,
        "reply_markup": markup,
        "allow_sending_without_reply": True,
        "disable_notification": None,
        "options": ["أ", "ب"],
        "open_period": 5.5,
    }
    request = RequestData([RequestParameter.from_input(key, value) for key, value in data.items()])
    assert json_body(request) == request.json_payload
