"""The same question gets the same reply in every process (no dependence on hash order) and
whatever was asked before it (no dependence on the order of questions or on the caches)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Slow: runs the bot in subprocesses under several hash seeds.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
# Typos close to two known words at once used to be corrected by set iteration order.
QUESTIONS = ["وش سالفة غزوة تبوك", "متى كانت غزوة تبوق", "كم عدد المقاتلبن", "اشنو دار هرقل"]


# A statement with a word of two opposites («plenty»: «hardship», «drought») was read with
# the one that set order gave, and its score changed with the seed (90.69 under 0, 75.44
# under 2); sums of weights over sets differed in their last digits.
STATEMENT = "True or False: Tabuk took place in a time of plenty and cool weather"
# Every eighth probe line, English and Arabic: a few hundred messages of every form.
PROBE_EVERY = 8


def _probe_questions() -> list[str]:
    questions = [STATEMENT]
    for name in ("english_probe.jsonl", "messages_probe.jsonl"):
        lines = (ROOT / "tests" / "eval" / name).read_text(encoding="utf-8").splitlines()
        questions += [json.loads(line)["message"] for line in lines[::PROBE_EVERY]]
    return questions


def _replies(seed: str, database: Path, questions: list[str] = QUESTIONS) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "DATABASE_PATH": str(database)}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        input="".join(json.dumps({"question": q}) + "\n" for q in questions),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_replies_do_not_depend_on_hash_seed(tmp_path: Path) -> None:
    first = _replies("1", tmp_path / "a.db")
    for seed in ("2", "3"):
        assert _replies(seed, tmp_path / f"{seed}.db") == first


def test_probe_replies_and_scores_do_not_depend_on_hash_seed(tmp_path: Path) -> None:
    questions = _probe_questions()
    first = _replies("0", tmp_path / "a.db", questions)
    assert len(first) == len(questions)
    assert _replies("2", tmp_path / "b.db", questions) == first


def test_probe_replies_do_not_depend_on_the_order_asked_or_the_caches(tmp_path: Path) -> None:
    """The engines keep replies and readings in caches (the engine's and the answerer's reply
    caches, the English ranking cache, lru_caches of words): a reply must not depend on what
    was asked before it. Asked forward then backward in one process (the second pass from the
    caches, in the other order), and backward alone in a fresh one, every reply is the same."""
    questions = _probe_questions()
    twice = _replies("0", tmp_path / "a.db", questions + questions[::-1])
    forward, again = twice[: len(questions)], twice[len(questions) :]
    assert len(forward) == len(again) == len(questions)
    assert again[::-1] == forward
    assert _replies("3", tmp_path / "b.db", questions[::-1])[::-1] == forward


# Two phrasings of one fact with the same words («هل تردد المؤمنون في الخروج إلى تبوك؟» and
# «مين المؤمنين اللي ما ترددوا …») tie; the first in file order wins. Their weights were sums
# over a set, so under hash seed 33 the second came out one last bit lighter and won, and its
# «ما ترددوا» denied the question: asked back instead of answered.
TIED_PHRASINGS = "هو المؤمنين اترددوا او خافوا لما اتدعوا لغزوة تبوك؟"


def test_tied_phrasings_of_one_fact_break_the_same_way_under_every_seed(tmp_path: Path) -> None:
    replies = [
        _replies(seed, tmp_path / f"{seed}.db", [TIED_PHRASINGS])[0] for seed in ("8", "33")
    ]
    assert replies[0]["answered"] is True
    assert replies[1] == replies[0]
