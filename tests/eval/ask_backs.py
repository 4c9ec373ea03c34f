"""Measure the English engine's ask-backs: how often the first suggestion was the right fact,
and whether a score over the figures the decision weighed could tell which to answer.

For each graded part of an English message file it records what the engine decided (answered,
asked back, unknown, refused …), the expected fact, the leader and the figures the final
decision weighed (knowledge/english_weighing.py). Usage, inside a worktree:

    python -m tests.eval.ask_backs dump FILE... > records.jsonl   # DEV rounds and probes only
    python -m tests.eval.ask_backs fit records.jsonl > model.json # logistic fit, DEV only
    python -m tests.eval.ask_backs counts FILE... [--model model.json]

`fit` prints the in-sample and leave-one-file-out precision of the ask-backs it would turn into
answers at each threshold (to stderr) and the model (to stdout). `counts` prints only totals
(per decision; among ask-backs: leader right, another fact, expected fact null; with a model, the
same for the ask-backs at or above each threshold), so it may be run on the CHECK rounds, whose
lines must not be read. Session 18's result (ml2): no threshold generalises; see docs/matching.md.
"""

from __future__ import annotations

import json
import math
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.knowledge_service import KnowledgeService, prepare_database
from db.connection import open_database
from knowledge.english_decision import EnglishOutcome
from knowledge.english_engine import EnglishReply
from knowledge.english_evaluation import load_messages
from knowledge.router import Router

Record = dict[str, Any]
# The figures a score may weigh (english_weighing.Weighed.features), each meaning something.
FEATURES = (
    "score",
    "margin",
    "core",
    "unexplained",
    "explained",
    "unknown",
    "terms",
    "narrow",
    "commanded",
    "rival_extra",
    "offered",
)
THRESHOLDS = (1.5, 1.0, 0.75, 0.5, 0.25, 0.0)


def records(router: Router, path: Path) -> list[Record]:
    """One record per graded part of a message file."""
    out: list[Record] = []
    for number, item in enumerate(load_messages(path), 1):
        reply = router.answer(item.message)
        if not isinstance(reply, EnglishReply):
            continue
        for index, expected in enumerate(item.expected):
            part = reply.parts[index] if index < len(reply.parts) else None
            decision = part.decision if part else None
            weighed = decision.weighed if decision else None
            out.append(
                {
                    "file": path.name,
                    "line": number,
                    "part": index,
                    "parts": len(item.expected),
                    "form": item.category,
                    "expected": expected,
                    "decision": decision.outcome.value if decision else "missing",
                    "fact": part.fact.id if part and part.fact else None,
                    "suggestions": [f.id for f in decision.suggestions] if decision else [],
                    "why": list(decision.why) if decision else [],
                    "leader": weighed.leader.id if weighed else None,
                    "features": weighed.features() if weighed else None,
                }
            )
    return out


def _asked(rows: list[Record]) -> list[Record]:
    return [r for r in rows if r["decision"] == EnglishOutcome.SUGGEST.value and r["features"]]


def _right(row: Record) -> bool:
    return row["expected"] is not None and row["leader"] == row["expected"]


def _kinds(rows: list[Record]) -> str:
    null = sum(1 for r in rows if r["expected"] is None)
    right = sum(1 for r in rows if _right(r))
    return (
        f"{len(rows)}: leader right {right}, another fact {len(rows) - right - null}, null {null}"
    )


def fit(rows: list[Record], steps: int = 1500) -> dict[str, Any]:
    """A logistic score (standardised figures, small L2) for «the leader is the right fact»."""
    data = [[float(r["features"][n]) for n in FEATURES] for r in rows]
    labels = [1.0 if _right(r) else 0.0 for r in rows]
    mean = [sum(col) / len(col) for col in zip(*data, strict=True)]
    spread = [
        math.sqrt(sum((v - m) ** 2 for v in col) / len(col)) or 1.0
        for col, m in zip(zip(*data, strict=True), mean, strict=True)
    ]
    z = [[(v - m) / s for v, m, s in zip(x, mean, spread, strict=True)] + [1.0] for x in data]
    w = [0.0] * (len(FEATURES) + 1)
    for _ in range(steps):
        grad = [0.0] * len(w)
        for x, y in zip(z, labels, strict=True):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(x, w, strict=True))))
            for j, v in enumerate(x):
                grad[j] += (p - y) * v
        for j in range(len(w)):
            ridge = 0.01 * w[j] if j < len(FEATURES) else 0.0
            w[j] -= 0.5 * (grad[j] / len(rows) + ridge)
    return {"features": FEATURES, "weights": w, "mean": mean, "spread": spread}


def score(model: dict[str, Any], features: dict[str, float]) -> float:
    terms = zip(model["features"], model["weights"], model["mean"], model["spread"], strict=False)
    return sum(w * (features[n] - m) / s for n, w, m, s in terms) + model["weights"][-1]


def _table(model: dict[str, Any], rows: list[Record], label: str) -> str:
    lines = []
    for threshold in THRESHOLDS:
        chosen = [r for r in rows if score(model, r["features"]) >= threshold]
        lines.append(f"{label} score >= {threshold}: converted {_kinds(chosen)}")
    return "\n".join(lines)


def _left_out(rows: list[Record]) -> list[tuple[float, Record]]:
    """Each file's ask-backs scored by a model fitted on the other files."""
    scored: list[tuple[float, Record]] = []
    for name in sorted({r["file"] for r in rows}):
        model = fit([r for r in rows if r["file"] != name])
        scored += [(score(model, r["features"]), r) for r in rows if r["file"] == name]
    return scored


def _load_all(files: Sequence[str]) -> list[Record]:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bot.db")
        prepare_database(db)
        service = KnowledgeService(db)
        router = Router(service.engine, service.english)
        rows = [r for path in files for r in records(router, Path(path))]
        db.close()
    return rows


def main(argv: list[str]) -> int:
    mode, args = argv[0], argv[1:]
    if mode == "dump":
        for row in _load_all(args):
            print(json.dumps(row, ensure_ascii=False))
    elif mode == "fit":
        lines = Path(args[0]).read_text(encoding="utf-8").splitlines()
        rows = _asked([json.loads(line) for line in lines])
        model = fit(rows)
        print(_table(model, rows, "DEV in-sample"), file=sys.stderr)
        scored = _left_out(rows)
        for threshold in THRESHOLDS:
            chosen = [r for s, r in scored if s >= threshold]
            print(
                f"DEV left-out score >= {threshold}: converted {_kinds(chosen)}", file=sys.stderr
            )
        print(json.dumps(model))
    else:
        model_path = args[args.index("--model") + 1] if "--model" in args else None
        files = [a for a in args if a not in ("--model", model_path)]
        rows = _load_all(files)
        decisions = Counter(str(r["decision"]) for r in rows)
        answered = [r for r in rows if r["fact"] is not None]
        print(f"parts {len(rows)}; decisions {dict(decisions)}")
        right = sum(r["fact"] == r["expected"] for r in answered)
        print(f"answers {len(answered)}: right fact {right}")
        print(f"ask-backs weighed {_kinds(_asked(rows))}")
        if model_path:
            model = json.loads(Path(model_path).read_text(encoding="utf-8"))
            print(_table(model, _asked(rows), "counts"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
