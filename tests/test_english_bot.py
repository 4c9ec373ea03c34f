"""English questions answered by the running bot in a private chat, against the fake Bot API."""

from bot import texts
from tests.conftest import USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


async def test_english_question_gets_the_arabic_answer_then_its_english_rendering(
    bot: RunningBot,
) -> None:
    call = await send(
        bot.api, bot.api.private_message(USER_ID, "How many camels did Hazrat Usman (RA) give?")
    )
    text = call.result["text"]
    arabic = bot.services.knowledge.engine.fact("uthman_donation").answer
    assert text.startswith(arabic)
    assert texts.SOURCE_LABEL in text
    english_at = text.index(texts.EN_RENDERING_LABEL)
    assert text.index(arabic) < english_at
    assert "950 camels" in text[english_at:]
    assert texts.NOT_ARABIC not in text
    assert len(text) <= 4096
    rows = list(bot.services.db.query("SELECT * FROM questions"))
    assert rows[0]["outcome"] == "answer" and rows[0]["fact_id"] == "uthman_donation"


async def test_english_question_about_another_battle_is_refused_in_both_languages(
    bot: RunningBot,
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "What happened at Badr?"))
    text = call.result["text"]
    assert "بدر" in text and "Tabuk" in text
    assert texts.EN_RENDERING_LABEL not in text


async def test_english_verse_question_quotes_the_arabic_verse_and_a_labelled_translation(
    bot: RunningBot,
) -> None:
    call = await send(
        bot.api, bot.api.private_message(USER_ID, "Quote the verse of Surah at-Tawbah 9:38")
    )
    text = call.result["text"]
    assert "﴿يَا أَيُّهَا الَّذِينَ آمَنُوا" in text
    assert "at-Tawbah 9:38. Translation of the meaning (Marmaduke Pickthall" in text
    assert "What aileth you" in text


async def test_map_button_under_an_english_answer_sends_the_english_caption(
    bot: RunningBot,
) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "Where is Tabuk?"))
    markup = call.params.get("reply_markup") or {}
    buttons = [b for row in markup.get("inline_keyboard", []) for b in row]
    (map_button,) = [b for b in buttons if b["text"] == texts.BUTTON_MAP]
    photo = await send(
        bot.api,
        bot.api.callback_query(USER_ID, call.result, map_button["callback_data"]),
        method="sendPhoto",
    )
    caption = photo.params["caption"]
    assert "Medina" in caption and "Tabuk" in caption and "km" in caption
    assert "المدينة" in caption


async def test_inline_query_in_english_offers_the_fact(bot: RunningBot) -> None:
    since = bot.api.call_count
    bot.api.push_update(bot.api.inline_query(USER_ID, "How many soldiers went to Tabuk?"))
    call = await bot.api.wait_for_call("answerInlineQuery", since=since)
    results = call.params["results"]
    assert results[0]["id"] == "army_size"
    assert "أربعين" in results[0]["input_message_content"]["message_text"]


async def test_a_did_you_mean_tap_under_an_english_question_answers_in_both_languages(
    bot: RunningBot,
) -> None:
    question = "What were the effects of Tabuk on Arabia?"
    call = await send(bot.api, bot.api.private_message(USER_ID, question))
    assert texts.EN_SUGGEST.splitlines()[1] in call.result["text"]
    markup = call.params.get("reply_markup") or {}
    first = next(b for row in markup.get("inline_keyboard", []) for b in row)
    fact_id = first["callback_data"].split(":")[2]
    answer = await send(
        bot.api, bot.api.callback_query(USER_ID, call.result, first["callback_data"])
    )
    text = answer.result["text"]
    assert text.startswith(bot.services.knowledge.engine.fact(fact_id).answer)
    assert texts.EN_RENDERING_LABEL in text


async def test_a_verdict_is_not_followed_by_a_second_yes_in_arabic(bot: RunningBot) -> None:
    arabic = bot.services.knowledge.engine.fact("last_expedition").answer
    assert arabic.startswith("نعم،")  # the stored text opens with a yes, for «هل …؟»
    statement = "Tabuk was the last expedition of the Prophet. True or false?"
    text = (await send(bot.api, bot.api.private_message(USER_ID, statement))).result["text"]
    assert text.startswith(texts.EN_TRUE)
    assert "نعم،" not in text and arabic.removeprefix("نعم،").strip() in text
    asked = "Was Tabuk the last expedition of the Prophet?"
    text = (await send(bot.api, bot.api.private_message(USER_ID, asked))).result["text"]
    assert text.startswith("نعم،")  # a yes/no question keeps its yes


async def test_hello_is_welcomed_and_only_a_salam_is_returned(bot: RunningBot) -> None:
    hello = (await send(bot.api, bot.api.private_message(USER_ID, "hello there"))).result["text"]
    assert hello == texts.EN_WELCOME and "السلام" not in hello
    salam = (await send(bot.api, bot.api.private_message(USER_ID, "Assalamu alaikum"))).result
    assert "وعليكم السلام" in salam["text"]
