"""What every `python -m bot` command shares: exit codes, the one-line error, the database
the bot uses (opened and prepared) and UTF-8 output."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from sqlite_utils import Database

from bot.config import Config
from bot.knowledge_service import prepare_database
from db.connection import DatabaseUnavailable, open_database

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure to report in one clear line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


@contextmanager
def prepared_database(config: Config) -> Iterator[Database]:
    """The bot's database (DATABASE_PATH), shipped facts merged in; closed afterwards."""
    try:
        db = open_database(config.database_path)
    except DatabaseUnavailable as error:
        raise CommandError(str(error)) from None
    try:
        prepare_database(db)
        yield db
    finally:
        db.close()


def utf8_stdout() -> TextIO:
    """Standard output writing UTF-8, whatever the terminal's locale (Arabic text)."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout
