"""Private chat against the fake Bot API: answers, "did you mean", feedback."""

import asyncio

import pytest

from bot import texts
from db import usage
from tests.conftest import USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


def _buttons(call) -> list[dict]:
    markup = call.params.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


# End to end: one private question answered over HTTP, as in production.
@pytest.mark.http
async def test_private_question_gets_answer_with_source_and_feedback_buttons(
    bot: RunningBot,
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "امتى صارت غزوة تبوك؟"))
    assert call.params["chat_id"] == USER_ID
    text = call.result["text"]
    assert "رجب" in text and "التاسعة" in text
    assert texts.SOURCE_LABEL in text
    assert any(e["type"] == "expandable_blockquote" for e in call.result["entities"])
    labels = [button["text"] for button in _buttons(call)]
    assert labels == [texts.BUTTON_USEFUL, texts.BUTTON_NOT_USEFUL]


async def test_unsure_question_offers_suggestion_buttons_and_a_tap_answers(
    bot: RunningBot,
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "من قائد الروم"))
    assert texts.SUGGEST_INTRO in call.result["text"]
    buttons = _buttons(call)
    assert 1 <= len(buttons) <= 3
    chosen = buttons[0]
    fact_id = chosen["callback_data"].split(":")[2]
    expected_answer = bot.services.knowledge.engine.fact(fact_id).answer

    answer = await send(
        bot.api, bot.api.callback_query(USER_ID, call.result, chosen["callback_data"])
    )
    assert answer.result["text"].startswith(expected_answer)
    row = next(bot.services.db.query("SELECT * FROM questions WHERE text = 'من قائد الروم'"))
    assert row["chosen_fact_id"] == fact_id


async def test_not_useful_feedback_is_stored_and_buttons_removed(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "كم كان عدد جيش المسلمين"))
    not_useful = _buttons(call)[1]["callback_data"]
    since = bot.api.call_count
    bot.api.push_update(bot.api.callback_query(USER_ID, call.result, not_useful))
    toast = await bot.api.wait_for_call("answerCallbackQuery", since=since)
    assert toast.params["text"] == texts.FEEDBACK_NOT_USEFUL
    await bot.api.wait_for_call("editMessageReplyMarkup", since=since)
    review = usage.unanswered(bot.services.db)
    assert [row["text"] for row in review] == ["كم كان عدد جيش المسلمين"]


async def test_unknown_question_says_so_with_examples_and_is_kept_for_review(
    bot: RunningBot,
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "من هو الزبير بن العوام"))
    text = call.result["text"]
    assert texts.UNKNOWN in text and texts.EXAMPLES_INTRO in text and "/help" in text
    assert text.count("•") == 3
    rows = list(bot.services.db.query("SELECT * FROM questions"))
    assert rows[0]["outcome"] == "unknown" and rows[0]["text"] == "من هو الزبير بن العوام"
    assert set(rows[0]) >= {"text", "normalized", "chat_type", "created_at"}
    assert "user_id" not in rows[0] and "username" not in rows[0]


async def test_a_detail_the_text_does_not_state_is_said_so_with_the_nearest_facts(
    bot: RunningBot,
) -> None:
    asked = "من هو كعب بن مالك"
    call = await send(bot.api, bot.api.private_message(USER_ID, asked))
    text = call.result["text"]
    assert text.startswith(texts.GAP.split("{")[0]) and "كعب بن مالك" in text
    near = [button["callback_data"].split(":")[2] for button in _buttons(call)]
    assert near and "hypocrites" in near
    rows = list(bot.services.db.query("SELECT * FROM questions"))
    assert rows[0]["outcome"] == "gap" and rows[0]["text"] == asked
    assert [row["text"] for row in usage.unanswered(bot.services.db)] == [asked]


async def test_other_battle_says_the_bot_covers_tabuk_only(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة بدر"))
    assert "بدر" in call.result["text"] and "تبوك" in call.result["text"]
    assert not _buttons(call)


async def test_greeting_gets_a_greeting(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "السلام عليكم"))
    assert call.result["text"] == texts.GREETING


async def test_a_greeting_without_salam_is_not_answered_with_wa_alaykum_salam(
    bot: RunningBot,
) -> None:
    for greeting in ("صباح الخير", "ازيك عامل ايه"):
        call = await send(bot.api, bot.api.private_message(USER_ID, greeting))
        assert call.result["text"] == texts.WELCOME


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("السلام عليكم، عندي سؤال", f"{texts.GREETING_PREFIX}\n\n{texts.INVITE['question']}"),
        ("لو سمحت عندي استفسار بخصوص غزوة تبوك", texts.INVITE["question"]),
        ("ممكن أسألك سؤال؟", texts.INVITE["question"]),
        ("مرحبا عندي سؤالين", texts.INVITE["question"]),
        ("ده سؤال صح وغلط من الامتحان:", texts.INVITE["statement"]),
        ("ضع علامة صح أو خطأ", texts.INVITE["statement"]),
        ("اختر الإجابة الصحيحة:", texts.INVITE["options"]),
        ("أكمل الفراغ:", texts.INVITE["blank"]),
    ],
)
async def test_a_question_announced_but_not_asked_is_invited(
    bot: RunningBot, message: str, reply: str
) -> None:
    """Nothing to answer yet: no overview, no «لا أجد», and nothing for /unanswered."""
    call = await send(bot.api, bot.api.private_message(USER_ID, message))
    assert call.result["text"] == reply
    assert not _buttons(call)
    assert usage.unanswered(bot.services.db) == []


@pytest.mark.parametrize("message", ["صح", "اكمل", "هل هذا صحيح", "عندي سؤال عن غزوة بدر"])
async def test_a_word_of_a_heading_alone_is_not_an_announcement(
    bot: RunningBot, message: str
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, message))
    assert call.result["text"] not in texts.INVITE.values()


@pytest.mark.parametrize(
    "message",
    ["صباح الخير، متى كانت غزوة تبوك؟", "مرحبا\n1. متى كانت غزوة تبوك؟\n2. كم كان عدد الجيش؟"],
)
async def test_only_a_salam_is_answered_with_wa_alaykum_salam(
    bot: RunningBot, message: str
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, message))
    assert "رجب" in call.result["text"]
    assert not call.result["text"].startswith(texts.GREETING_PREFIX)
    salam = await send(bot.api, bot.api.private_message(USER_ID, "السلام عليكم، " + message))
    assert salam.result["text"].startswith(texts.GREETING_PREFIX)


async def test_thanks_is_not_read_as_a_question(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "تسلم يا غالي"))
    assert call.result["text"] == texts.THANKS


async def test_start_help_about(bot: RunningBot) -> None:
    start = await send(bot.api, bot.api.private_message(USER_ID, "/start"))
    assert "أمثلة" in start.result["text"]
    help_ = await send(bot.api, bot.api.private_message(USER_ID, "/help"))
    for command in ("/ask", "/quiz", "/daily", "/top", "/myscore", "/about"):
        assert command in help_.result["text"]
    about = await send(bot.api, bot.api.private_message(USER_ID, "/about"))
    assert "عدد الحقائق: 36" in about.result["text"]


async def test_command_menu_is_registered_in_arabic(bot: RunningBot) -> None:
    commands = {c["command"]: c["description"] for c in bot.api.commands()}
    assert {"ask", "quiz", "top", "help"} <= set(commands)
    assert all(any("\u0621" <= ch <= "\u064a" for ch in d) for d in commands.values())


async def test_ask_without_question_explains_usage(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "/ask"))
    assert call.result["text"] == texts.ASK_USAGE.strip()


async def test_stale_suggestion_button_is_refused_politely(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "/help"))
    since = bot.api.call_count
    bot.api.push_update(bot.api.callback_query(USER_ID, call.result, "sg:99999:date"))
    toast = await bot.api.wait_for_call("answerCallbackQuery", since=since)
    assert toast.params["text"] == texts.SUGGESTION_EXPIRED
    await asyncio.sleep(0.2)
    assert not bot.api.calls_to("sendMessage", since=since)
