"""Retention of the audit log (and its snapshots): applied at start-up and once a day."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

from sqlite_utils import Database
from telegram.ext import ContextTypes

from bot.config import Config
from bot.services import services_of
from db import audit
from db.connection import database_file, open_database

logger = logging.getLogger(__name__)

RETENTION_JOB = "retention"
RETENTION_INTERVAL_SECONDS = 24 * 60 * 60


def apply_retention(db: Database, config: Config) -> int:
    """Prune the audit log to the configured age and size; the number of rows deleted.

    A failure (disk full, locked) is logged and waits for the next pass: pruning must
    never stop the bot from starting.
    """
    try:
        deleted = audit.prune(
            db, keep_days=config.audit_keep_days, keep_rows=config.audit_keep_rows
        )
    except sqlite3.Error as error:
        logger.warning("audit log not pruned this time: %s", error)
        return 0
    if deleted:
        logger.info(
            "audit log: %d old rows deleted (keeping %d days, at most about %d rows)",
            deleted,
            config.audit_keep_days,
            config.audit_keep_rows,
        )
    return deleted


async def retention_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The daily pass, on its own connection in a worker thread (a big prune takes a while)."""
    services = services_of(context.application)
    path = database_file(services.db)
    if path is None:
        apply_retention(services.db, services.config)
        return

    def job() -> int:
        # Opened in the thread: a connection belongs to the thread that opened it.
        worker = open_database(path, migrate=False)
        try:
            return apply_retention(worker, services.config)
        finally:
            worker.close()

    await asyncio.to_thread(job)
