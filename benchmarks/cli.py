"""Command line of the benchmarks: `python -m benchmarks NAME` (and `python -m bot bench NAME`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

NAMES = ("matcher", "messages", "throughput", "quizscale", "soak", "faults")


def build_parser(prog: str = "python -m benchmarks") -> argparse.ArgumentParser:
    """The benchmark's name and its options."""
    parser = argparse.ArgumentParser(prog=prog, description="Run a benchmark, print its figures.")
    parser.add_argument("which", choices=NAMES)
    parser.add_argument("--minutes", type=int, default=30, help="simulated minutes for soak")
    parser.add_argument("--groups", type=int, default=1000, help="groups for quizscale")
    parser.add_argument("--questions", type=int, default=2000, help="questions per base")
    parser.add_argument("--rounds", type=int, default=3, help="throughput runs per bot")
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "python -m benchmarks") -> int:
    """Run one benchmark; its module prints the figures."""
    args = build_parser(prog).parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    # Each benchmark is imported only when chosen: some start servers or load large bases.
    if args.which == "matcher":
        from benchmarks import matcher

        matcher.main(queries=args.questions)
    elif args.which == "messages":
        from benchmarks import messages

        messages.main()
    elif args.which == "soak":
        from benchmarks import soak

        soak.main(minutes=args.minutes)
    elif args.which == "faults":
        from benchmarks import faults

        faults.main()
    elif args.which == "quizscale":
        from benchmarks import quiz_scale

        quiz_scale.main(groups=args.groups)
    else:
        from benchmarks import throughput

        throughput.main(rounds=args.rounds)
    return 0
