"""Command-line interface: `python -m bot [command]`, and the operator's commands (run, chat,
backup, check, health, facts export/import); the developer's (ask, eval, bench) are added
from bot/dev_commands.py.

Commands that read or change the fact base open the same database the bot uses
(DATABASE_PATH), so what they print is what the bot would say.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.cli_support import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    prepared_database,
    utf8_stdout,
)
from bot.config import Config, ConfigError, load_config
from bot.dev_commands import add_developer_commands
from bot.import_service import CLI_USER_ID, ImportRefused, apply_logged, decode_base
from bot.logging_setup import configure_logging, protect_output
from bot.ops import (
    HEARTBEAT_STALE_SECONDS,
    MIN_FREE_BYTES,
    free_space,
    heartbeat_age,
    heartbeat_path,
)
from db import facts as fact_store
from db.connection import DatabaseUnavailable, is_locked, retry_locked
from db.fact_sync import ImportPlan
from db.maintenance import backup, check_database
from knowledge.base import FactBaseError


def cmd_facts_export(args: argparse.Namespace, config: Config) -> int:
    with prepared_database(config) as db:
        text = json.dumps(fact_store.export_dict(db), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        utf8_stdout().write(text)
    return EXIT_OK


def _cli_user() -> str:
    """Who ran the command, for the audit log (no Telegram user)."""
    return "command line (" + (os.environ.get("USER") or os.environ.get("USERNAME") or "?") + ")"


def cmd_facts_import(args: argparse.Namespace, config: Config) -> int:
    path = Path(args.file)
    # Validate the whole file before the database is even opened.
    try:
        base = decode_base(path.read_text(encoding="utf-8"), origin=str(path))
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"nothing imported: cannot read {path}: {error}") from None
    except ImportRefused:
        raise CommandError(
            f"nothing imported: {path} has no facts (an empty base would answer nothing)"
        ) from None
    except FactBaseError as error:
        raise CommandError(f"nothing imported: {error}") from None

    def attempt() -> ImportPlan:
        with prepared_database(config) as db:
            return apply_logged(
                db, base, user_id=CLI_USER_ID, user_name=_cli_user(), force=args.force
            )

    try:
        # Beside a running bot: wait for its write lock instead of failing.
        plan = retry_locked(attempt, seconds=args.wait)
    except ImportRefused as refused:
        removal = refused.removal
        assert removal is not None
        raise CommandError(
            f"nothing imported: {path} would remove {removal.facts_removed} of "
            f"{removal.facts_live} facts and {removal.quizzes_removed} of "
            f"{removal.quizzes_live} quiz items (more than half); add --force to do it"
        ) from None
    except (sqlite3.OperationalError, DatabaseUnavailable) as error:
        if is_locked(error):
            raise CommandError(
                f"nothing imported: the database stayed locked for {args.wait:.0f} s "
                "(another import or a long write is running); try again"
            ) from None
        raise CommandError(f"nothing imported: {error}") from None
    except FactBaseError as error:
        raise CommandError(f"nothing imported: the result would not load: {error}") from None
    out = utf8_stdout()
    out.write(
        f"imported {args.file}: facts +{len(plan.added_facts)} ~{len(plan.changed_facts)} "
        f"-{len(plan.removed_facts)}, quizzes +{len(plan.added_quizzes)} "
        f"~{len(plan.changed_quizzes)} -{len(plan.removed_quizzes)}\n"
    )
    return EXIT_OK


def cmd_default(args: argparse.Namespace, config: Config) -> int:
    """`python -m bot`: run on Telegram when a token is set, else open the offline chat."""
    if config.token is None:
        return cmd_chat(args, config)
    return cmd_run(args, config)


def cmd_run(args: argparse.Namespace, config: Config) -> int:
    """Run on Telegram (long polling, or a webhook); a token is required."""
    if config.token is None:
        raise CommandError(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather, put its token in "
            "TELEGRAM_BOT_TOKEN, or run `python -m bot chat` to try the bot offline.",
            EXIT_USAGE,
        )
    # Imported here: the Telegram library and the HTTP stack are for `run` alone, so the
    # other commands (import, check, ask, ...) start in a fraction of the time.
    from bot.lifecycle import StartupError
    from bot.runner import run_polling, run_webhook

    configure_logging(secrets=[str(config.token)])
    try:
        if getattr(args, "webhook", None):
            run_webhook(
                config,
                url=args.webhook,
                listen=args.listen,
                port=args.port,
                secret_token=args.secret_token or os.environ.get("WEBHOOK_SECRET_TOKEN"),
            )
        else:
            run_polling(config)
    except (DatabaseUnavailable, StartupError) as error:
        raise CommandError(str(error)) from None
    return EXIT_OK


def cmd_chat(args: argparse.Namespace, config: Config) -> int:
    """The offline terminal chat over the local Bot API server."""
    # Imported here: the console brings the fake Bot API, which `run` must never load.
    from bot.console import run_console

    configure_logging(level=logging.WARNING)
    utf8_stdout()
    try:
        asyncio.run(
            run_console(
                config,
                group=getattr(args, "group", False),
                paragraphs=getattr(args, "paragraphs", False),
            )
        )
    except DatabaseUnavailable as error:
        raise CommandError(str(error)) from None
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, config: Config) -> int:
    """A consistent online copy of the database, safe while the bot runs."""
    target = Path(args.file)
    if target.exists() and not args.force:
        raise CommandError(
            f"backup not written: {target} already exists (add --force to replace it)"
        )
    try:
        size = backup(config.database_path, target)
    except (DatabaseUnavailable, sqlite3.Error, OSError) as error:
        raise CommandError(f"backup failed: {error}") from None
    utf8_stdout().write(f"backup written to {args.file} ({size:,} bytes, integrity ok)\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    """Verify configuration (already loaded) and the database; non-zero when unhealthy."""
    out = utf8_stdout()
    out.write(
        f"configuration ok: token {'set' if config.token else 'not set (offline only)'}, "
        f"database {config.database_path}, time zone {config.timezone}, "
        f"{len(config.admin_ids)} owner(s)\n"
    )
    report = check_database(config.database_path)
    for key, value in report.facts.items():
        out.write(f"{key}: {value}\n")
    problems = list(report.problems)
    folder, free = free_space(config.database_path)
    out.write(f"free space: {free / 2**20:,.0f} MB in {folder}\n")
    if free < MIN_FREE_BYTES:
        problems.append(
            f"only {free / 2**20:,.1f} MB free in {folder}: answers still go out, but "
            "questions, quiz scores and the update journal cannot be stored"
        )
    for problem in problems:
        out.write(f"PROBLEM: {problem}\n")
    ok = report.ok and not problems
    out.write("healthy\n" if ok else "unhealthy\n")
    return EXIT_OK if ok else EXIT_FAILED


def cmd_health(args: argparse.Namespace, config: Config) -> int:
    """For container health checks: is the running bot's heartbeat fresh?"""
    age = heartbeat_age(heartbeat_path(config.database_path))
    if age is None or age > HEARTBEAT_STALE_SECONDS:
        shown = "none" if age is None else f"{age:.0f} s old"
        print(f"unhealthy: heartbeat {shown}", file=sys.stderr)
        return EXIT_FAILED
    print(f"healthy: heartbeat {age:.0f} s old")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Arabic Q&A and quiz bot about the expedition of Tabuk."
    )
    commands = parser.add_subparsers(dest="command")

    run = commands.add_parser("run", help="run the bot (long polling, or --webhook)")
    run.add_argument("--webhook", metavar="URL", help="public HTTPS URL Telegram should call")
    run.add_argument("--listen", default="0.0.0.0", help="address to listen on (webhook)")
    run.add_argument("--port", type=int, default=8443, help="port to listen on (webhook)")
    run.add_argument(
        "--secret-token",
        help="secret Telegram sends with each webhook call (default: WEBHOOK_SECRET_TOKEN "
        "or a random one)",
    )
    run.set_defaults(handler=cmd_run)

    chat = commands.add_parser("chat", help="chat with the bot in this terminal, offline")
    chat.add_argument(
        "--group",
        action="store_true",
        help="start in a group the console user owns (group quizzes, /daily, /top, /stopquiz); "
        "/group and /private switch at any time",
    )
    chat.add_argument(
        "--paragraphs",
        action="store_true",
        help="a message runs up to a blank line, so a question and its options can span "
        "lines (e.g. `chat --paragraphs < worksheets.txt`); without it each line is a "
        "message, and lines pasted together at a terminal are one",
    )
    chat.set_defaults(handler=cmd_chat)

    backup_ = commands.add_parser("backup", help="online copy of the database to FILE")
    backup_.add_argument("file")
    backup_.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup_.set_defaults(handler=cmd_backup)
    check = commands.add_parser("check", help="verify configuration and database")
    check.set_defaults(handler=cmd_check)
    health = commands.add_parser("health", help="exit 0 if the running bot is alive")
    health.set_defaults(handler=cmd_health)

    add_developer_commands(commands)

    facts = commands.add_parser("facts", help="export or import the fact base as JSON")
    facts_commands = facts.add_subparsers(dest="facts_command", required=True)
    export = facts_commands.add_parser("export", help="write the whole base as JSON")
    export.add_argument("-o", "--output", help="file to write (default: standard output)")
    export.set_defaults(handler=cmd_facts_export)
    import_ = facts_commands.add_parser("import", help="replace the base with a JSON file")
    import_.add_argument("file")
    import_.add_argument(
        "--force",
        action="store_true",
        help="apply even if it removes more than half of the facts or quiz items",
    )
    import_.add_argument(
        "--wait",
        type=float,
        default=60.0,
        help="seconds to wait for a running bot's write lock (default 60)",
    )
    import_.set_defaults(handler=cmd_facts_import)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = load_config()
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if config.token is not None:
        # Whatever this process prints (tracebacks included), the token is not in it.
        protect_output([str(config.token)])
    handler = getattr(args, "handler", None) or cmd_default
    try:
        return int(handler(args, config))
    except CommandError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return EXIT_FAILED
