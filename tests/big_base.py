"""A large synthetic fact base (thousands of facts) for import load and safety tests."""

from __future__ import annotations

import json
from typing import Any

from knowledge.base import load_shipped

# Syllables that normalisation keeps apart (no letter twice in a row): digits of a number.
_DIGITS = ("با", "تي", "ثو", "جا", "حي", "خو", "دا", "ذي", "رو", "زا")


def _number(n: int) -> str:
    return "".join(_DIGITS[int(d)] for d in str(n))


def big_base(extra_facts: int, *, keep_shipped: bool = True) -> dict[str, Any]:
    """The shipped base plus `extra_facts` small facts, each with one phrasing."""
    shipped = load_shipped().to_dict() if keep_shipped else {"facts": [], "quizzes": []}
    facts = list(shipped["facts"])
    for n in range(extra_facts):
        word = _number(n)
        facts.append(
            {
                "id": f"b{n}",
                "answer": f"ج {word}",
                "questions": [f"س {word}"],
                "answer_type": "thing",
                "source": "م",
            }
        )
    return {"facts": facts, "quizzes": list(shipped["quizzes"])}


def encode(base: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON, as a file an admin would upload."""
    return json.dumps(base, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
