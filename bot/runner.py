"""Running the bot: long polling, webhook, or the offline terminal chat."""

from __future__ import annotations

import secrets
from typing import Any

from bot.app import ALLOWED_UPDATES, build_application
from bot.config import Config

WEBHOOK_PATH = "telegram"


def run_polling(config: Config) -> None:
    """Long polling until SIGINT/SIGTERM; PTB finishes the update in hand, then stops."""
    application = build_application(config)
    application.run_polling(allowed_updates=ALLOWED_UPDATES)


def webhook_options(
    *, url: str, listen: str, port: int, secret_token: str | None
) -> dict[str, Any]:
    """Arguments for run_webhook / Updater.start_webhook.

    PTB answers 403 to any request without the secret token, so only Telegram gets in.
    """
    return {
        "listen": listen,
        "port": port,
        "url_path": WEBHOOK_PATH,
        "webhook_url": url,
        # A fresh random secret is as good as a configured one: setWebhook tells Telegram.
        "secret_token": secret_token or secrets.token_urlsafe(32),
        "allowed_updates": ALLOWED_UPDATES,
    }


def run_webhook(
    config: Config, *, url: str, listen: str, port: int, secret_token: str | None
) -> None:
    """Serve a webhook until SIGINT/SIGTERM."""
    application = build_application(config)
    application.run_webhook(
        **webhook_options(url=url, listen=listen, port=port, secret_token=secret_token)
    )
