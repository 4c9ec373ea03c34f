"""A bot process for the throughput benchmark: `python -m benchmarks.bot_process KIND`.

KIND is `tabuk` (this project's bot served as `python -m bot run` serves it, rate limiter
off), `echo` (a bare PTB bot
that replies with the text it got: PTB's default httpx backend, one update at a time, the
same connection pool size) or `echo-same-stack` (that echo bot on this project's aiohttp
backend and per-chat concurrent processing, to show what the bot's own work costs). All
long-poll the benchmark's local Bot API server given in TELEGRAM_BASE_URL, as real bots
poll Telegram from another machine.
"""

from __future__ import annotations

import asyncio
import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.app import ALLOWED_UPDATES, CONNECTION_POOL_SIZE
from bot.config import Config, load_config
from bot.http_client import AiohttpRequest
from bot.lifecycle import end_process
from bot.runner import serve
from bot.update_order import ChatOrderedUpdateProcessor


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


def _echo_application(config: Config, same_stack: bool) -> Application:
    builder = Application.builder().token(str(config.token)).base_url(config.base_url)
    if same_stack:
        builder = (
            builder.request(AiohttpRequest(CONNECTION_POOL_SIZE))
            .get_updates_request(AiohttpRequest(2))
            .concurrent_updates(ChatOrderedUpdateProcessor())
        )
    else:
        builder = builder.connection_pool_size(CONNECTION_POOL_SIZE)
    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    return application


def main(kind: str) -> None:
    config = load_config()
    if kind == "tabuk":
        # As deployed (bot.runner.serve: the update journal, SIGTERM ending every back-off, a
        # watchdog). PTB's run_polling, used here before, worked through every queued update
        # on SIGTERM: after a soak the process did not stop within 60 s.
        asyncio.run(serve(config, rate_limited=False))
        end_process()
    application = _echo_application(config, same_stack=kind == "echo-same-stack")
    application.run_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tabuk")
