"""The asker's notes put for checking («check these for me pls:», «Can you check my notes»,
«Are these right?») over a list: each line is a claim with its own verdict (en68,
knowledge/english_verdict_lists.py); «Which of these are right?» still asks to pick one.
Read as the user sees the reply: each line's fact and verdict."""

from __future__ import annotations

import pytest

from knowledge.english_engine import EnglishEngine
from knowledge.english_forms import Form, split_message


def _judged(engine: EnglishEngine, message: str) -> list[tuple[str | None, bool | None]]:
    return [
        (part.decision.fact.id if part.answered and part.decision.fact else None, part.verdict)
        for part in engine.answer(message).parts
    ]


@pytest.mark.parametrize(
    ("message", "judged"),
    [
        (
            "check these for me pls:\n1. Uthman gave 950 camels\n2. Umar gave all his wealth",
            [("uthman_donation", True), ("umar_donation", False)],
        ),
        (
            "Are these right?\n- Tabuk was in 9 AH\n- The enemy was the Persians",
            [("date", True), ("enemy", False)],
        ),
        (
            "can you check my notes\n1) Tabuk was in 9 AH\n2) The enemy was the Persians",
            [("date", True), ("enemy", False)],
        ),
    ],
)
def test_notes_to_check_are_judged_line_by_line(
    english_engine: EnglishEngine, message: str, judged: list[tuple[str, bool]]
) -> None:
    assert _judged(english_engine, message) == judged


def test_which_of_these_still_asks_to_pick() -> None:
    message = (
        "Which of these are right?\na) Tabuk was in 5 AH\nb) Tabuk was in 9 AH"
        "\nc) Tabuk was in 2 AH"
    )
    (part,) = split_message(message).parts
    assert part.form is Form.CHOICE
