"""Build messages_tuning.jsonl and messages_heldout.jsonl from the blind writers' files.

Usage: python tests/eval/split_messages.py WRITER_A.jsonl WRITER_B.jsonl
Both writers saw only the seed text and a description of each message form (see
docs/message_forms.md). The split is 70/30, stratified by writer and form, with a fixed
seed, so running it again on the same files gives the same sets.
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SEED = 13
TUNING_SHARE = 0.7
HERE = Path(__file__).resolve().parent


def _from_a(record: dict) -> dict:
    parts = [{"expected": part["expected"]} for part in record["parts"]]
    return {
        "message": record["message"],
        "form": record["form"],
        "category": record["category"],
        "writer": "a",
        "parts": parts,
    }


def _from_b(record: dict) -> dict:
    part = {
        key: record[key] for key in ("expected", "verdict", "options", "correct_option", "blank")
    }
    return {
        "message": record["message"],
        "form": record["form"],
        "category": record["category"],
        "writer": "b",
        "parts": [part],
    }


def stratified_split(
    records: list[dict], share: float, seed: int
) -> tuple[list[dict], list[dict]]:
    """(tuning, held-out): `share` of each writer-and-form group to tuning, shuffled by `seed`."""
    strata: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for record in records:
        strata[(record["writer"], record["form"])].append(record)
    rng = random.Random(seed)
    tuning: list[dict] = []
    heldout: list[dict] = []
    for key in sorted(strata):
        group = strata[key]
        rng.shuffle(group)
        cut = round(len(group) * share)
        tuning += group[:cut]
        heldout += group[cut:]
    return tuning, heldout


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(path_a: str, path_b: str) -> None:
    lines_a = Path(path_a).read_text(encoding="utf-8").splitlines()
    lines_b = Path(path_b).read_text(encoding="utf-8").splitlines()
    records = [_from_a(json.loads(line)) for line in lines_a if line.strip()]
    records += [_from_b(json.loads(line)) for line in lines_b if line.strip()]
    tuning, heldout = stratified_split(records, TUNING_SHARE, SEED)
    # Both writers wrote a few identical headlines; a held-out copy of a tuning message
    # would not be held out, so it is dropped.
    seen = {row["message"] for row in tuning}
    heldout = [row for row in heldout if row["message"] not in seen]
    for name, rows in (("messages_tuning.jsonl", tuning), ("messages_heldout.jsonl", heldout)):
        write_jsonl(HERE / name, rows)
        print(f"{name}: {len(rows)} messages")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
