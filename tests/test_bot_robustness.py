"""Bad input, odd updates, failures and logs: the bot keeps serving and says something clear."""

import asyncio
import io
import logging
import socket

import aiohttp
import pytest

from bot import texts
from bot.app import build_application
from bot.logging_setup import configure_logging
from bot.runner import WEBHOOK_PATH, webhook_options
from fake_bot_api import DEFAULT_TOKEN
from tests.conftest import GROUP_ID, USER_ID, RunningBot, send

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u200f\u200b\u200e", texts.EMPTY),
        ("😀🔥👍", texts.EMPTY),
        ("\x01\x02\x1b", texts.EMPTY),
        # Neither Arabic nor English (English is answered since issue 17).
        ("когда был поход на Табук", texts.NOT_ARABIC),
        ("when was tabuk " * 300, texts.TOO_LONG),
        ("متى " * 1500, texts.TOO_LONG),
    ],
)
async def test_bad_input_gets_a_clear_reply(bot: RunningBot, text: str, expected: str) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, text))
    assert call.result["text"] == expected


async def test_message_over_telegram_limit_is_handled(bot: RunningBot) -> None:
    call = await send(bot.api, bot.api.private_message(USER_ID, "تبوك " * 2000))
    assert call.result["text"] == texts.TOO_LONG


@pytest.mark.parametrize("kind", ["sticker", "photo"])
async def test_non_text_private_message_gets_a_hint(bot: RunningBot, kind: str) -> None:
    update = bot.api.private_message(USER_ID, **{kind: "😀" if kind == "sticker" else True})
    call = await send(bot.api, update)
    assert call.result["text"] == texts.NOT_TEXT


async def test_forwarded_question_is_answered(bot: RunningBot) -> None:
    update = bot.api.private_message(USER_ID, "متى كانت غزوة تبوك", forward_sender_name="صديق")
    call = await send(bot.api, update)
    assert "رجب" in call.result["text"]


async def test_edits_channel_posts_and_service_messages_are_ignored_quietly(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    first = await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    since = bot.api.call_count
    question_id = first.result["message_id"] - 1
    bot.api.push_update(bot.api.edited_message(USER_ID, question_id, "كم عدد الجيش"))
    bot.api.push_update(bot.api.channel_post(-1009999, "متى كانت غزوة تبوك"))
    bot.api.push_update(bot.api.new_chat_members(GROUP_ID, [USER_ID]))
    await asyncio.sleep(0.5)
    assert not bot.api.calls_to("sendMessage", since=since)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_failing_update_is_logged_apologised_for_and_bot_keeps_serving(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    # A real failure inside the handler: the table it reads is gone.
    bot.services.db.execute("ALTER TABLE quiz_answers RENAME TO quiz_answers_gone")
    call = await send(bot.api, bot.api.private_message(USER_ID, "/myscore"))
    assert call.result["text"] == texts.ERROR_APOLOGY
    failed = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert failed and "failed" in failed[0].getMessage()
    bot.services.db.execute("ALTER TABLE quiz_answers_gone RENAME TO quiz_answers")
    again = await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    assert "رجب" in again.result["text"]


async def test_a_question_that_cannot_be_stored_is_still_answered(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    # Storing what was asked fails (here its table is gone; a full disk does the same):
    # the answer goes out all the same, without an apology beside it.
    bot.services.db.execute("ALTER TABLE questions RENAME TO questions_gone")
    since = bot.api.call_count
    call = await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    assert "رجب" in call.result["text"]
    await asyncio.sleep(0.5)
    assert texts.ERROR_APOLOGY not in [c.params.get("text") for c in
                                       bot.api.calls_to("sendMessage", since=since)]  # fmt: skip
    assert [r for r in caplog.records if "storage failing" in r.getMessage()]
    bot.services.db.execute("ALTER TABLE questions_gone RENAME TO questions")


async def test_flood_wait_is_retried_and_message_delivered_once(bot: RunningBot) -> None:
    bot.api.fail_next("sendMessage", status=429, retry_after=1)
    since = bot.api.call_count
    bot.api.push_update(bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
    call = await bot.api.wait_for_call(
        "sendMessage", lambda c: c.status == 200, since=since, timeout=10
    )
    assert "رجب" in call.result["text"]
    assert [c.status for c in bot.api.calls_to("sendMessage", since=since)] == [429, 200]
    delivered = [c for c in bot.api.calls_to("sendMessage") if c.status == 200]
    assert len(delivered) == 1


@pytest.mark.slow
async def test_token_never_appears_in_logs(api, config) -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = list(root.handlers), root.level
    stream = io.StringIO()
    configure_logging(secrets=[DEFAULT_TOKEN], level=logging.DEBUG, stream=stream)
    # Worst case: someone turns the HTTP libraries' own logging back on.
    for name in ("aiohttp.client", "httpx"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        application = build_application(
            config, base_url=api.base_url, base_file_url=api.base_file_url
        )
        from bot.app import running

        async with running(application, poll_timeout=1):
            api.fail_next("sendMessage", status=500)
            api.push_update(api.private_message(USER_ID, "متى كانت غزوة تبوك"))
            await api.wait_for_call("sendMessage", timeout=10)
            await asyncio.sleep(0.3)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved_handlers:
            root.addHandler(handler)
        root.setLevel(saved_level)
    output = stream.getvalue()
    assert "ready as @TabukBot" in output
    # PTB logs the Bot API URL, token included, at DEBUG: the line is there, redacted.
    assert "Set Bot API URL: " in output and "/bot***" in output
    assert DEFAULT_TOKEN not in output
    assert DEFAULT_TOKEN.split(":")[1] not in output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_webhook_accepts_only_requests_with_the_secret_token(api, config) -> None:
    application = build_application(config, base_url=api.base_url, base_file_url=api.base_file_url)
    port = _free_port()
    options = webhook_options(
        url=f"https://bot.example/{WEBHOOK_PATH}", listen="127.0.0.1", port=port,
        secret_token="s3cret-token",
    )  # fmt: skip
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_webhook(**options)
        try:
            registered = api.calls_to("setWebhook")[-1].params
            assert registered["secret_token"] == "s3cret-token"
            url = f"http://127.0.0.1:{port}/{WEBHOOK_PATH}"
            update = {"update_id": 1, **api.private_message(USER_ID, "متى كانت غزوة تبوك")}
            async with aiohttp.ClientSession() as session:
                wrong = {"X-Telegram-Bot-Api-Secret-Token": "guess"}
                async with session.post(url, json=update, headers=wrong) as response:
                    assert response.status == 403
                right = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
                async with session.post(url, json=update, headers=right) as response:
                    assert response.status == 200
            call = await api.wait_for_call("sendMessage", timeout=10)
            assert "رجب" in call.result["text"]
            assert len(api.calls_to("sendMessage")) == 1
        finally:
            await application.updater.stop()
            await application.stop()
