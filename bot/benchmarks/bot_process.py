"""A bot process for the throughput benchmark: `python -m bot.benchmarks.bot_process KIND`.

KIND is `tabuk` (this project's application, rate limiter off) or `echo` (a bare PTB bot
that replies with the text it got, with the same connection pool). Both long-poll the
benchmark's local Bot API server given in TELEGRAM_BASE_URL, as real bots poll Telegram
from another machine.
"""

from __future__ import annotations

import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.app import ALLOWED_UPDATES, CONNECTION_POOL_SIZE, build_application
from bot.config import load_config


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


def main(kind: str) -> None:
    config = load_config()
    if kind == "echo":
        application = (
            Application.builder()
            .token(str(config.token))
            .base_url(config.base_url)
            .connection_pool_size(CONNECTION_POOL_SIZE)
            .build()
        )
        application.add_handler(MessageHandler(filters.TEXT, _echo))
    else:
        application = build_application(config, rate_limited=False)
    application.run_polling(allowed_updates=ALLOWED_UPDATES, poll_interval=0.0, timeout=10)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tabuk")
