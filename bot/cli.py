"""Command-line interface: `python -m bot [command]`.

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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from bot.config import Config, ConfigError, load_config
from bot.english_replies import render_english
from bot.import_service import CLI_USER_ID, ImportRefused, apply_logged, decode_base
from bot.knowledge_service import KnowledgeService, prepare_database
from bot.logging_setup import configure_logging, protect_output
from bot.ops import (
    HEARTBEAT_STALE_SECONDS,
    MIN_FREE_BYTES,
    free_space,
    heartbeat_age,
    heartbeat_path,
)
from bot.replies import render_message
from db import facts as fact_store
from db.connection import DatabaseUnavailable, is_locked, open_database, retry_locked
from db.fact_sync import ImportPlan
from db.maintenance import backup, check_database
from knowledge.base import FactBaseError
from knowledge.english_engine import EnglishReply
from knowledge.english_evaluation import evaluate_messages, is_message_file, load_messages
from knowledge.english_explain import explain_routed
from knowledge.evaluation import evaluate, format_report, load_items
from knowledge.message_evaluation import evaluate_messages as evaluate_messages_forms
from knowledge.message_evaluation import (
    format_message_report,
    is_message_set,
    load_message_items,
)
from knowledge.router import Router

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure to report in one clear line, with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


@contextmanager
def _database(config: Config) -> Iterator[Database]:
    try:
        db = open_database(config.database_path)
    except DatabaseUnavailable as error:
        raise CommandError(str(error)) from None
    try:
        prepare_database(db)
        yield db
    finally:
        db.close()


def _utf8_stdout() -> TextIO:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


def reply_record(service: KnowledgeService, question: str) -> dict[str, object]:
    """The `ask --jsonl` record for one message (the contract tools rely on).

    `answered` is true only when every part of the message got its answer, verdict, choice
    or missing words; `answer` is the whole reply text; `parts` says what each part got.
    """
    routed = service.respond_message(question)
    if isinstance(routed, EnglishReply):
        english = render_english(routed, service.english)
        return {
            "question": question,
            "answered": routed.answered,
            "answer": english.plain,
            "fact_id": next((p.fact.id for p in routed.parts if p.fact), None)
            if routed.answered
            else None,
            "fact_ids": [p.fact.id if p.fact else None for p in routed.parts],
            "score": max((p.decision.score for p in routed.parts), default=0.0),
            "suggestions": [
                {"fact_id": fact_id, "question": text} for fact_id, text in english.suggestions
            ],
        }
    message = routed
    rendered = render_message(message, service.engine)
    first = message.parts[0]
    return {
        "question": question,
        "answered": message.answered,
        "answer": rendered.plain,
        "fact_id": first.fact.id if message.answered and first.fact else None,
        "score": first.reply.score,
        "suggestions": [
            {"fact_id": fact_id, "question": text} for fact_id, text in rendered.suggestions
        ],
        "parts": [
            {
                "form": part.part.form.value,
                "status": part.status.value,
                "fact_id": part.fact.id if part.done and part.fact else None,
                "verdict": part.verdict,
                "choice": part.choice.label if part.choice else None,
                "filled": part.filled,
            }
            for part in message.parts
        ],
    }


def _jsonl_question(raw: bytes) -> str:
    """One input line: plain text, or a JSON object {"question": "..."} for many lines."""
    line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
    if line.lstrip().startswith("{"):
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return line
        if isinstance(record, dict) and isinstance(record.get("question"), str):
            return record["question"]
    return line


def cmd_ask(args: argparse.Namespace, config: Config) -> int:
    out = _utf8_stdout()
    with _database(config) as db:
        service = KnowledgeService(db)
        if args.jsonl:
            for raw in sys.stdin.buffer:
                question = _jsonl_question(raw)
                out.write(json.dumps(reply_record(service, question), ensure_ascii=False) + "\n")
                out.flush()
            return EXIT_OK
        question = " ".join(args.question)
        if args.explain:
            out.write(explain_routed(service.engine, service.english, question) + "\n")
            return EXIT_OK
        routed = service.respond_message(question)
        if isinstance(routed, EnglishReply):
            out.write(render_english(routed, service.english).plain + "\n")
        else:
            out.write(render_message(routed, service.engine).plain + "\n")
    return EXIT_OK


def cmd_eval(args: argparse.Namespace, config: Config) -> int:
    out = _utf8_stdout()
    failed = False
    with _database(config) as db:
        service = KnowledgeService(db)
        engine = service.engine
        for path in args.files:
            try:
                if is_message_set(Path(path)):
                    # Arabic message forms (issue 13): parts graded by form.
                    forms_items = load_message_items(Path(path))
                    forms_result = evaluate_messages_forms(service.forms, forms_items)
                    title = f"{path} ({len(forms_items)} messages)"
                    report = format_message_report(
                        forms_result,
                        title=title,
                        show_failures=args.failures,
                        show_rules=args.by_rule,
                    )
                    out.write(report + "\n\n")
                    rates = (forms_result.total.answered_rate, forms_result.total.rejected_rate)
                    if args.min_rate is not None and any(
                        rate is not None and rate * 100 < args.min_rate for rate in rates
                    ):
                        failed = True
                    continue
                if is_message_file(Path(path)):
                    # English and mixed messages with forms (issue 17), read by language.
                    messages = load_messages(Path(path))
                    items_count = len(messages)
                    result = evaluate_messages(Router(engine, service.english), messages)
                else:
                    items = load_items(Path(path))
                    items_count = len(items)
                    result = evaluate(engine, items)
            except (OSError, ValueError) as error:
                raise CommandError(str(error)) from None
            out.write(
                format_report(
                    result, title=f"{path} ({items_count} questions)", show_failures=args.failures
                )
                + "\n\n"
            )
            for rate in (result.total.answered_rate, result.total.rejected_rate):
                if args.min_rate is not None and rate is not None and rate * 100 < args.min_rate:
                    failed = True
    if failed:
        out.write(f"below the required {args.min_rate}%\n")
    return EXIT_FAILED if failed else EXIT_OK


def cmd_facts_export(args: argparse.Namespace, config: Config) -> int:
    with _database(config) as db:
        text = json.dumps(fact_store.export_dict(db), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        _utf8_stdout().write(text)
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
        with _database(config) as db:
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
    out = _utf8_stdout()
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
    _utf8_stdout()
    try:
        asyncio.run(run_console(config, group=getattr(args, "group", False)))
    except DatabaseUnavailable as error:
        raise CommandError(str(error)) from None
    return EXIT_OK


def cmd_bench(args: argparse.Namespace, config: Config) -> int:
    """`python -m benchmarks`, for a clone: the benchmarks are not installed with the bot."""
    try:
        from benchmarks.cli import main as bench_main
    except ImportError:
        print(
            "error: the benchmarks are not installed with the bot; run them from a clone of "
            "the repository: python -m benchmarks NAME",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return bench_main([args.which, *args.options], prog="python -m bot bench")


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
    _utf8_stdout().write(f"backup written to {args.file} ({size:,} bytes, integrity ok)\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, config: Config) -> int:
    """Verify configuration (already loaded) and the database; non-zero when unhealthy."""
    out = _utf8_stdout()
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
    chat.set_defaults(handler=cmd_chat)

    backup_ = commands.add_parser("backup", help="online copy of the database to FILE")
    backup_.add_argument("file")
    backup_.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup_.set_defaults(handler=cmd_backup)
    check = commands.add_parser("check", help="verify configuration and database")
    check.set_defaults(handler=cmd_check)
    health = commands.add_parser("health", help="exit 0 if the running bot is alive")
    health.set_defaults(handler=cmd_health)

    ask = commands.add_parser("ask", help="print the reply the bot would send to a question")
    ask.add_argument("question", nargs="*", help="the question (Arabic or English)")
    ask.add_argument(
        "--jsonl", action="store_true", help="read questions from stdin, one JSON reply per line"
    )
    ask.add_argument(
        "--explain",
        action="store_true",
        help="print how the question was read: terms, candidates and the rule that decided",
    )
    ask.set_defaults(handler=cmd_ask)

    evaluation = commands.add_parser("eval", help="measure answers on labelled question files")
    evaluation.add_argument("files", nargs="+")
    evaluation.add_argument("--min-rate", type=float, default=None, help="fail below this %%")
    evaluation.add_argument("--failures", action="store_true", help="list every miss")
    evaluation.add_argument(
        "--by-rule",
        action="store_true",
        help="Arabic message sets: answered parts per deciding rule, right and wrong",
    )
    evaluation.set_defaults(handler=cmd_eval)

    bench = commands.add_parser(
        "bench", help="run a benchmark from a clone (same as python -m benchmarks)"
    )
    bench.add_argument(
        "which", choices=["matcher", "messages", "throughput", "quizscale", "soak", "faults"]
    )
    bench.add_argument(
        "options", nargs=argparse.REMAINDER, help="--minutes, --groups, --questions, --rounds"
    )
    bench.set_defaults(handler=cmd_bench)

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
