"""Measure the engine's "answer or ask back" decision on Arabic evaluation files (issue 13).

For each graded part (a message set's part, or a line of tuning.jsonl) it records what the
part got (answered / asked back / unknown / gap / verdict …), whether the expected fact was the
answer or the first "did you mean" suggestion, and the features the engine already computes
for its leader: top score, margin to the runner-up, unexplained share, unknown words, the
share of the question's content words the leader's fact holds, whether the leader fits the
question word, how many facts were offered, and the rule that asked back.

Usage (inside a worktree):
  python tests/eval/decision_features.py FILE... [--out records.jsonl]   (records with text)
  python tests/eval/decision_features.py FILE... --counts                (counts only)
`--counts` prints aggregate figures and never a line's text or ids: the only mode to use on
sets whose lines must not be read (the CHECK half of the tuning rounds).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.knowledge_service import KnowledgeService, prepare_database
from db.connection import open_database
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.evaluation import load_items
from knowledge.form_replies import Status
from knowledge.message import MAX_PARTS
from knowledge.message_evaluation import is_message_set, load_message_items

# id(reply) -> (reply, features): the reply is kept so its id is never reused.
_FEATURES: dict[int, tuple[Reply, dict[str, object]]] = {}


def _features(engine: AnswerEngine, analysis: object, reply: Reply) -> dict[str, object]:
    """What the engine knew of its leader when it asked back (ranked again, as _decide does
    before its own adjustments)."""
    ranking = engine.matcher.rank(analysis)
    top = reply.suggestions[0]
    cands = ranking.candidates
    leader = next((c for c in cands if c.fact.id == top.fact.id), top)
    others = [c.score for c in cands if c.fact.id != top.fact.id]
    profile = engine.matcher.profile(top.fact.id)
    terms = tuple(analysis.terms)  # type: ignore[attr-defined]
    covered = sum(1 for t in terms if profile is not None and t in profile.terms)
    return {
        "top": top.score,
        "margin": top.score - (others[0] if others else 0.0),
        "unexplained": leader.unexplained,
        "unknown": len(ranking.unknown_terms),
        "cover": covered / len(terms) if terms else 0.0,
        "type_fits": leader.type_fits,
        "conflict": leader.entity_conflict,
        "offered": len(reply.suggestions),
        "nterms": len(terms),
    }


def _install() -> None:
    original = AnswerEngine._decide

    def decide(self: AnswerEngine, analysis: object, greeted: bool) -> Reply:
        reply = original(self, analysis, greeted)  # type: ignore[arg-type]
        if reply.outcome is Outcome.SUGGEST and reply.suggestions:
            _FEATURES[id(reply)] = (reply, _features(self, analysis, reply))
        return reply

    AnswerEngine._decide = decide  # type: ignore[method-assign]


def _record(reply: Reply, status: str, got: str | None, expected: str | None) -> dict:
    feats = _FEATURES.get(id(reply), (None, {}))[1]
    first = reply.suggestions[0].fact.id if reply.suggestions else None
    offered = [c.fact.id for c in reply.suggestions]
    return {
        "status": status,
        "rule": reply.rule,
        "expected": expected,
        "got": got,
        "first": first,
        "first_right": expected is not None and first == expected,
        "offered_right": expected in offered,
        **feats,
    }


def collect(service: KnowledgeService, path: Path) -> list[dict]:
    """One record per graded part of a file (parts aligned by position)."""
    out: list[dict] = []
    if is_message_set(path):
        for item in load_message_items(path):
            reply = service.forms.answer_message(item.message)
            graded = item.parts[:MAX_PARTS]
            if len(reply.parts) != len(graded):
                continue  # parts not aligned: graded as a set by bot eval, skipped here
            for want, got in zip(graded, reply.parts, strict=True):
                if want.verdict is not None or want.options:
                    continue  # a verdict or option is graded by its own check
                fact = "overview" if got.status is Status.RIDDLE_TABUK else None
                fact = fact or (got.fact.id if got.done and got.fact else None)
                status = got.status.value
                if got.status is Status.NOT_ANSWERED:
                    status = got.reply.outcome.value
                rec = _record(got.reply, status, fact, want.expected)
                rec["text"] = item.message
                rec["round"] = path.name
                out.append(rec)
    else:
        for q in load_items(path):
            reply = service.engine.answer(q.question)
            got = reply.fact.id if reply.answered and reply.fact else None
            rec = _record(reply, reply.outcome.value, got, q.expected)
            rec["text"] = q.question
            rec["round"] = path.name
            out.append(rec)
    return out


def counts(records: list[dict]) -> str:
    """Aggregate figures only (no text, no ids)."""
    lines = []
    by_status = Counter(r["status"] for r in records)
    lines.append(f"parts {len(records)}: " + ", ".join(f"{k} {v}" for k, v in by_status.items()))
    answered = [r for r in records if r["got"] is not None]
    right = sum(r["got"] == r["expected"] for r in answered)
    lines.append(f"answered {len(answered)}: right {right}")
    asked = [r for r in records if r["status"] == "suggest"]
    lines.append(
        f"asked back {len(asked)}: first right {sum(r['first_right'] for r in asked)}, "
        f"offered right {sum(r['offered_right'] for r in asked)}, "
        f"expected null {sum(r['expected'] is None for r in asked)}"
    )
    for rule, n in Counter(r["rule"] for r in asked).most_common(8):
        sub = [r for r in asked if r["rule"] == rule]
        lines.append(f"  {n:4} first right {sum(r['first_right'] for r in sub):4}  {rule[:70]}")
    return "\n".join(lines)


_FEATURE_ORDER = (
    "top",
    "margin",
    "unexplained",
    "unknown",
    "cover",
    "type_fits",
    "conflict",
    "offered",
)


def _passes(rule: dict, rec: dict) -> bool:
    """Whether a candidate decision rule would turn this "not confident" ask-back into an
    answer: every bound in rule["min"] / rule["max"], or a linear score over the features
    (rule["weights"]: intercept first, then _FEATURE_ORDER, top and margin over 100)."""
    if rec["status"] != "suggest" or rec["rule"] != "not confident":
        return False
    if not rec["type_fits"] or rec["conflict"]:
        return False
    if "weights" in rule:
        values = [1.0, *(float(rec[name]) for name in _FEATURE_ORDER)]
        values[1] /= 100
        values[2] /= 100
        total = sum(w * v for w, v in zip(rule["weights"], values, strict=True))
        return total >= rule["threshold"]
    low = all(rec[name] >= bound for name, bound in rule.get("min", {}).items())
    return low and all(rec[name] <= bound for name, bound in rule.get("max", {}).items())


def rule_counts(records: list[dict], rules: list[dict]) -> str:
    """Per candidate rule: ask-backs it would answer, how many with the expected fact, how
    many wrong because the part expects nothing (counts only)."""
    lines = []
    for rule in rules:
        hit = [r for r in records if _passes(rule, r)]
        right = sum(r["first_right"] for r in hit)
        nulls = sum(r["expected"] is None for r in hit)
        lines.append(f"{rule['name']:<12} answers {len(hit):4} right {right:4} (null {nulls})")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", help="write the records (with text) as JSON Lines")
    parser.add_argument("--counts", action="store_true", help="aggregate figures only")
    parser.add_argument("--rules", help="JSON list of candidate decision rules to count")
    args = parser.parse_args()
    if args.counts and args.out:
        parser.error("--counts never writes records")
    _install()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bot.db")
        prepare_database(db)
        service = KnowledgeService(db)
        records = [r for f in args.files for r in collect(service, Path(f))]
        db.close()
    if args.counts:
        for r in records:
            r.pop("text", None)
        print(counts(records))
    if args.rules:
        print(rule_counts(records, json.loads(Path(args.rules).read_text(encoding="utf-8"))))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            for r in records:
                handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    if not args.counts:
        print(counts(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
