"""Benchmark: per-question latency and peak memory of the answer engine.

Runs the shipped base and synthetic bases (shipped facts plus generated ones whose words
follow a Zipf-like frequency, as real text does), one core, one question at a time.
"""

from __future__ import annotations

import gc
import itertools
import random
import resource
import statistics
import time
from dataclasses import dataclass

from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine
from knowledge.models import AnswerType, Fact

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_QUESTION_STARTS = ("متى", "كم", "من", "اين", "لماذا", "ماذا", "هل", "كيف", "شو", "وين")


@dataclass(frozen=True, slots=True)
class BenchResult:
    label: str
    facts: int
    build_seconds: float
    p50_ms: float
    p99_ms: float
    peak_mib: float


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 8)))


def synthetic_facts(count: int, seed: int = 7) -> list[Fact]:
    """`count` generated facts over a vocabulary of about 2*count words."""
    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(max(200, 2 * count))]
    # Zipf-like: earlier words are much more common, as in real text.
    weights = [1.0 / (rank + 1) for rank in range(len(vocabulary))]
    # Summed once: choices(weights=…) would sum the whole vocabulary again for every fact
    # (quadratic: most of the 100,000-fact run); cum_weights gives the same draws.
    cumulative = list(itertools.accumulate(weights))
    facts = []
    for index in range(count):
        topic = rng.choices(vocabulary, cum_weights=cumulative, k=3) + rng.sample(vocabulary, 2)
        questions = tuple(
            f"{rng.choice(_QUESTION_STARTS)} {' '.join(rng.sample(topic, 3))}" for _ in range(8)
        )
        facts.append(
            Fact(
                id=f"synthetic_{index}",
                answer=" ".join(rng.sample(topic, 4)) + " " + " ".join(topic),
                questions=questions,
                keywords=tuple(topic[:3]),
                answer_type=rng.choice(list(AnswerType)),
                source=" ".join(topic),
            )
        )
    return facts


def _typo(rng: random.Random, text: str) -> str:
    position = rng.randrange(len(text))
    if text[position] == " ":
        return text
    return text[:position] + rng.choice(_LETTERS) + text[position + 1 :]


def _queries(facts: list[Fact], count: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    queries = []
    for index in range(count):
        fact = rng.choice(facts)
        question = rng.choice(fact.questions)
        if index % 3 == 0:
            question = _typo(rng, question)
        if index % 10 == 0:
            question = f"متى كانت غزوة بدر {index}"
        queries.append(question)
    return queries


def _rss_bytes() -> int:
    """Resident memory of this process (Linux); cheap enough to leave the build unslowed."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def run_one(label: str, facts: list[Fact], queries: int) -> BenchResult:
    gc.collect()
    before = _rss_bytes()
    started = time.perf_counter()
    engine = AnswerEngine(facts, cache_size=0)  # measure matching, not the reply cache
    build_seconds = time.perf_counter() - started
    questions = _queries(facts, queries)
    for question in questions[:50]:  # warm-up outside the measured loop
        engine.answer(question)
    peak = _rss_bytes() - before
    latencies = []
    for question in questions:
        begin = time.perf_counter_ns()
        engine.answer(question)
        latencies.append((time.perf_counter_ns() - begin) / 1e6)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))]
    return BenchResult(
        label=label,
        facts=len(facts),
        build_seconds=build_seconds,
        p50_ms=statistics.median(latencies),
        p99_ms=p99,
        peak_mib=peak / 2**20,
    )


def main(sizes: tuple[int, ...] = (10_000, 100_000), queries: int = 2000) -> list[BenchResult]:
    shipped = list(load_shipped().facts)
    results = [run_one("shipped", shipped, queries)]
    for size in sizes:
        results.append(run_one(f"synthetic {size:,}", shipped + synthetic_facts(size), queries))
    print(f"answer engine, {queries} questions per base, one at a time, one core")
    print(f"{'base':<18}{'facts':>9}{'build s':>9}{'p50 ms':>9}{'p99 ms':>9}{'index MiB':>10}")
    for r in results:
        print(
            f"{r.label:<18}{r.facts:>9,}{r.build_seconds:>9.2f}{r.p50_ms:>9.3f}"
            f"{r.p99_ms:>9.3f}{r.peak_mib:>10.1f}"
        )
    if len(results) >= 3:
        facts_ratio = results[2].facts / results[1].facts
        print(
            f"growth {results[1].label} -> {results[2].label}: facts x{facts_ratio:.1f}, "
            f"p50 x{results[2].p50_ms / results[1].p50_ms:.1f}, "
            f"p99 x{results[2].p99_ms / results[1].p99_ms:.1f}"
        )
    return results
