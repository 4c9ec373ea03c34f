"""Evaluation files: a bad line is refused naming the file and the line, and the three formats
(questions, English messages, Arabic message forms) are told apart by their first record."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.english_evaluation import is_message_file, load_messages
from knowledge.evaluation import load_items
from knowledge.message_evaluation import is_message_set, load_message_items

QUESTION = '{"question": "متى كانت غزوة تبوك", "expected": "date", "category": "date"}'
ENGLISH = '{"message": "When was Tabuk?", "form": "question", "parts": [{"expected": "date"}]}'
FORMS = (
    '{"message": "متى كانت غزوة تبوك", "form": "question", "category": "date", '
    '"writer": "a", "parts": [{"expected": "date"}]}'
)


@pytest.mark.parametrize(
    ("load", "good", "what"),
    [
        (load_items, QUESTION, "evaluation"),
        (load_messages, ENGLISH, "evaluation"),
        (load_message_items, FORMS, "message"),
    ],
)
def test_a_bad_line_is_refused_naming_file_and_line(
    tmp_path: Path, load: object, good: str, what: str
) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text(f"{good}\n\n{good}\n[1, 2]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"set\.jsonl:4: bad {what} line"):
        load(path)  # type: ignore[operator]
    path.write_text(f"{good}\n\n{good}\n", encoding="utf-8")
    assert len(load(path)) == 2  # type: ignore[operator]


def test_formats_are_told_apart_by_the_first_record(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    for first, english, forms in (
        (QUESTION, False, False),
        (ENGLISH, True, False),
        (FORMS, True, True),
        ('"a message, not a record"', False, False),  # a JSON string mentioning «message»
        ("not json", False, False),
        ("", False, False),
    ):
        path.write_text(f"\n{first}\n", encoding="utf-8")
        assert (is_message_file(path), is_message_set(path)) == (english, forms), first
