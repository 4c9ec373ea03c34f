"""Running the bot on Telegram: long polling or a webhook, until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, build_application, replay_journal
from bot.config import Config
from bot.delivery import Interrupted
from bot.lifecycle import (
    GRACE_SECONDS,
    STOP_SECONDS,
    bounded,
    end_process,
    install_stop_signals,
    policy_of,
    retry_until_done,
    wait_or_stop,
)
from bot.ops import Heartbeat, heartbeat_path
from bot.services import services_of
from bot.update_journal import JournaledUpdateProcessor
from bot.update_order import ChatOrderedUpdateProcessor
from bot.webhook import WebhookServer

logger = logging.getLogger(__name__)

WEBHOOK_PATH = "telegram"
POLL_TIMEOUT_SECONDS = 10
# How often a webhook bot asks Telegram whether its webhook is still set (heartbeat).
WEBHOOK_CHECK_SECONDS = 30.0


def run_polling(config: Config) -> None:
    """Long polling until SIGINT/SIGTERM, then the process ends (end_process)."""
    asyncio.run(serve(config))
    end_process()


def webhook_options(
    *, url: str, listen: str, port: int, secret_token: str | None
) -> dict[str, Any]:
    """Arguments for the webhook server.

    Requests without the secret token are refused, so only Telegram gets in.
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
    options = webhook_options(url=url, listen=listen, port=port, secret_token=secret_token)
    asyncio.run(serve(config, webhook=options))
    end_process()


async def serve(
    config: Config, *, webhook: dict[str, Any] | None = None, rate_limited: bool = True
) -> None:
    """Connect (retrying while Telegram is unreachable), serve, and stop promptly (the
    benchmarks' bot process serves with the rate limiter off: `rate_limited`)."""
    stop = asyncio.Event()
    install_stop_signals(stop)
    heartbeat = Heartbeat(heartbeat_path(config.database_path))
    application = build_application(config, heartbeat=heartbeat, rate_limited=rate_limited)
    try:
        connected = await retry_until_done(application.initialize, "start-up", stop)
    finally:
        if not application._initialized:  # PTB's shutdown() skips an uninitialised app
            await _close_requests(application)
            services_of(application).db.close()
    if not connected:
        return
    started = False
    server: WebhookServer | None = None
    watch: asyncio.Task[None] | None = None
    try:
        if application.post_init is not None:
            await application.post_init(application)
        await replay_journal(application)
        await application.start()
        started = True
        updater = application.updater
        assert updater is not None
        if webhook is None:
            connected = await retry_until_done(
                lambda: updater.start_polling(
                    poll_interval=0.0,
                    timeout=POLL_TIMEOUT_SECONDS,
                    allowed_updates=ALLOWED_UPDATES,
                    error_callback=_polling_error,
                ),
                "polling",
                stop,
            )
        else:
            server = _webhook_server(application, webhook, heartbeat)
            await server.start()  # listening before Telegram is told where to call
            connected = await retry_until_done(
                lambda: application.bot.set_webhook(
                    url=webhook["webhook_url"],
                    secret_token=webhook["secret_token"],
                    allowed_updates=webhook["allowed_updates"],
                ),
                "setWebhook",
                stop,
            )
            if connected:
                watch = asyncio.create_task(_webhook_heartbeat(application, heartbeat, stop))
        if connected:
            heartbeat.beat()  # Telegram just answered deleteWebhook/setWebhook
            await stop.wait()
    finally:
        if watch is not None:
            watch.cancel()
        if server is not None:
            await bounded(server.stop(), 1.5, "webhook server")
        await _stop(application, started)
        heartbeat.remove()


async def _close_requests(application: Application) -> None:
    """Close the HTTP sessions a failed initialize() opened (no public handle to them)."""
    for request in getattr(application.bot, "_request", ()):
        with contextlib.suppress(Exception):
            await request.shutdown()


def _webhook_server(
    application: Application,
    options: dict[str, Any],
    heartbeat: Heartbeat,
) -> WebhookServer:
    processor = application.update_processor
    return WebhookServer(
        application,
        listen=options["listen"],
        port=options["port"],
        path=options["url_path"],
        secret_token=options["secret_token"],
        journal=processor.journal if isinstance(processor, JournaledUpdateProcessor) else None,
        on_delivery=heartbeat.beat,
    )


async def _webhook_heartbeat(
    application: Application,
    heartbeat: Heartbeat,
    stop: asyncio.Event,
) -> None:
    """A quiet webhook bot is alive while Telegram answers it and still has our URL."""
    while not await wait_or_stop(stop, WEBHOOK_CHECK_SECONDS):
        try:
            info = await application.bot.get_webhook_info(
                rate_limit_args={"retry_budget": WEBHOOK_CHECK_SECONDS / 2}
            )
        except (TelegramError, Interrupted) as error:
            logger.warning("getWebhookInfo failed: %s", error)
            continue
        if info.url:
            heartbeat.beat()
        else:
            logger.error("Telegram has no webhook URL for this bot any more")


def _polling_error(error: Exception) -> None:
    """One line per failed getUpdates; PTB retries with its own back-off."""
    logger.warning("getUpdates failed: %s: %s", type(error).__name__, error)


async def _stop(application: Application, started: bool) -> None:
    """Stop within STOP_SECONDS: updates not finished stay in the journal."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + STOP_SECONDS
    grace_ends = loop.time() + min(GRACE_SECONDS, STOP_SECONDS - 1.5)
    processor = application.update_processor
    if isinstance(processor, ChatOrderedUpdateProcessor):
        processor.stop()  # updates not started stay in the journal for the restart
    policy = policy_of(application)
    if policy is not None:
        # A back-off that outlasts the grace ends now (its update stays in the journal),
        # so the stop does not sit out the grace waiting for what cannot finish in it.
        policy.end_waits_past(grace_ends)
    updater = application.updater
    if updater is not None and updater.running:
        await bounded(updater.stop(), 2.0, "stopping getUpdates")
    _drain(application.update_queue)
    if isinstance(processor, ChatOrderedUpdateProcessor):
        grace = grace_ends - loop.time()
        await bounded(processor.finish_running(grace), grace + 1.2, "updates in hand")
    if policy is not None:
        policy.stop()  # any call still waiting now ends at once
    if started and application.running:
        await bounded(application.stop(), deadline - loop.time() - 0.5, "application")
    await bounded(application.shutdown(), max(deadline - loop.time(), 0.5), "shutdown")
    if application.post_shutdown is not None:
        with contextlib.suppress(Exception):
            await application.post_shutdown(application)
    logger.info("stopped")


def _drain(queue: asyncio.Queue[Any]) -> None:
    """Drop queued updates: they are journaled and replayed after the restart."""
    while True:
        try:
            queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        queue.task_done()
