"""Floods: one answer per "did you mean" message, and per-user limits on commands and presses."""

from __future__ import annotations

import asyncio
from typing import Any

from bot import texts
from bot.flood import FLOOD_BURST, GUARD_KEY, FloodGuard
from tests.conftest import GROUP_ID, OWNER_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True

PRESSES = 15


def _buttons(call: Any) -> list[dict[str, Any]]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


async def _suggestions_in_group(bot: RunningBot) -> Any:
    call = await send(bot.api, bot.api.group_message(GROUP_ID, USER_ID, "/ask من قائد الروم"))
    assert texts.SUGGEST_INTRO in call.result["text"]
    return call


async def _answers_sent(bot: RunningBot, since: int, settle: float = 1.0) -> list[Any]:
    await asyncio.sleep(settle)
    return [
        call
        for call in bot.api.calls_to("sendMessage", since=since)
        if call.params["chat_id"] == GROUP_ID
    ]


async def test_fifteen_presses_in_a_group_post_one_answer(bot: RunningBot) -> None:
    call = await _suggestions_in_group(bot)
    data = _buttons(call)[0]["callback_data"]
    since = bot.api.call_count
    for _ in range(PRESSES):
        bot.api.push_update(bot.api.callback_query(USER_ID, call.result, data))
    await bot.api.wait_for_calls("answerCallbackQuery", since=since, count=PRESSES)
    answers = await _answers_sent(bot, since)
    assert len(answers) == 1
    notes = [c.params.get("text") for c in bot.api.calls_to("answerCallbackQuery", since=since)]
    # Every press is acknowledged once (no button keeps spinning). The first answers; the
    # others are told so, or (past the burst) once to slow down and then silently.
    assert len(notes) == PRESSES
    assert set(notes) <= {None, texts.SUGGESTION_ALREADY_ANSWERED, texts.FLOOD_SLOW_DOWN}
    assert notes.count(texts.SUGGESTION_ALREADY_ANSWERED) >= FLOOD_BURST - 2
    assert notes.count(texts.FLOOD_SLOW_DOWN) <= 1


async def test_other_buttons_and_other_members_get_no_second_answer(bot: RunningBot) -> None:
    call = await _suggestions_in_group(bot)
    buttons = _buttons(call)
    assert len(buttons) >= 2
    since = bot.api.call_count
    first = await send(
        bot.api, bot.api.callback_query(USER_ID, call.result, buttons[0]["callback_data"])
    )
    assert first.params["chat_id"] == GROUP_ID
    for user_id, button in ((OWNER_ID, buttons[1]), (OWNER_ID, buttons[0]), (USER_ID, buttons[1])):
        note = await send(
            bot.api,
            bot.api.callback_query(user_id, call.result, button["callback_data"]),
            "answerCallbackQuery",
        )
        assert note.params["text"] == texts.SUGGESTION_ALREADY_ANSWERED
    assert len(await _answers_sent(bot, since, settle=0.3)) == 1


async def test_a_command_flood_is_cut_after_the_burst_and_others_are_served(
    bot: RunningBot,
) -> None:
    since = bot.api.call_count
    for _ in range(FLOOD_BURST + 10):
        bot.api.push_update(bot.api.private_message(USER_ID, "/help"))
    await bot.api.wait_for_calls(
        "sendMessage",
        lambda c: c.params.get("text") == texts.FLOOD_SLOW_DOWN,
        since=since,
        timeout=15,
    )
    # Another user is served at once while the first is held back.
    other = await send(bot.api, bot.api.private_message(OWNER_ID, "/help"))
    assert other.params["chat_id"] == OWNER_ID and other.params["text"] != texts.FLOOD_SLOW_DOWN
    await asyncio.sleep(0.5)
    to_user = [
        c for c in bot.api.calls_to("sendMessage", since=since) if c.params["chat_id"] == USER_ID
    ]
    warnings = [c for c in to_user if c.params["text"] == texts.FLOOD_SLOW_DOWN]
    assert len(warnings) == 1
    assert len(to_user) == FLOOD_BURST + 1


async def test_presses_past_the_limit_get_one_note_then_a_silent_acknowledgement(
    bot: RunningBot,
) -> None:
    now = [0.0]
    bot.application.bot_data[GUARD_KEY] = FloodGuard(
        burst=3, refill_seconds=5, clock=lambda: now[0]
    )
    call = await _suggestions_in_group(bot)
    data = _buttons(call)[0]["callback_data"]
    since = bot.api.call_count
    for _ in range(6):
        bot.api.push_update(bot.api.callback_query(USER_ID, call.result, data))
    # /ask took one token: two presses pass, the third is told to slow down, and the rest
    # are acknowledged without a word (so no button keeps spinning) and do nothing.
    await bot.api.wait_for_calls("answerCallbackQuery", since=since, count=6, timeout=10)
    await asyncio.sleep(0.5)
    notes = [c.params.get("text") for c in bot.api.calls_to("answerCallbackQuery", since=since)]
    assert notes.count(texts.FLOOD_SLOW_DOWN) == 1 and len(notes) == 6
    assert notes[3:] == [None, None, None]
    # After the refill time the user is served again.
    now[0] += 10
    again = await send(
        bot.api, bot.api.callback_query(USER_ID, call.result, data), "answerCallbackQuery"
    )
    assert again.params.get("text") == texts.SUGGESTION_ALREADY_ANSWERED
