"""The developer commands of `python -m bot`: ask (one reply, --explain, --jsonl), eval
(labelled question files) and bench (the benchmarks, from a clone)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.cli_support import (
    EXIT_FAILED,
    EXIT_OK,
    CommandError,
    prepared_database,
    utf8_stdout,
)
from bot.config import Config
from bot.english_replies import render_english
from bot.knowledge_service import KnowledgeService
from bot.replies import render_message
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
    out = utf8_stdout()
    with prepared_database(config) as db:
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
    out = utf8_stdout()
    failed = False
    with prepared_database(config) as db:
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


def add_developer_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """The ask, eval and bench subcommands, added where `python -m bot --help` lists them."""
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
