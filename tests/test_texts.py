"""User-facing Arabic: all of it in bot/texts/, every text used, numbers and nouns agreeing."""

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from bot import texts

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "bot" / "texts"
ARABIC = re.compile(r"[\u0600-\u06ff]")


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "ثانية واحدة"), (2, "ثانيتان"), (5, "5 ثوانٍ"), (10, "10 ثوانٍ"), (30, "30 ثانية")],
)
def test_seconds_agree_with_their_number(count: int, expected: str) -> None:
    assert texts.seconds(count) == expected


def test_quiz_announcement_reads_naturally() -> None:
    text = texts.QUIZ_STARTING.format(count=5, seconds=texts.seconds(5))
    assert "ومدة كل سؤال: 5 ثوانٍ." in text


def _arabic_literals(path: Path) -> list[str]:
    """Arabic string literals of a module, docstrings left out (they are not sent)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and ARABIC.search(node.value)
    ]


def test_every_arabic_string_of_the_bot_is_in_texts() -> None:
    modules = [path for path in (ROOT / "bot").rglob("*.py") if TEXTS not in path.parents]
    assert [literal for path in modules for literal in _arabic_literals(path)] == []


def test_every_text_is_used() -> None:
    sources = [path.read_text(encoding="utf-8") for path in sorted(TEXTS.glob("*.py"))]
    source = "\n".join(sources)
    names = [
        target.id
        for module in sources
        for node in ast.parse(module).body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    used = {
        name
        for path in (ROOT / "bot").rglob("*.py")
        if TEXTS not in path.parents
        for name in re.findall(r"\btexts\.(\w+)", path.read_text(encoding="utf-8"))
    }
    in_texts = Counter(re.findall(r"\b\w+\b", source))  # a text composed into another
    assert [name for name in names if name not in used and in_texts[name] < 2] == []


@pytest.mark.parametrize(
    ("answered", "arabic", "english"),
    [
        (1, "أجبت عن السؤال الأول فقط", "I answered the first question only"),
        (2, "أجبت عن السؤالين الأولين فقط", "I answered the first two questions only"),
        (3, "أجبت عن الأسئلة الثلاثة الأولى فقط", "I answered the first three questions only"),
    ],
)
def test_english_note_on_unanswered_parts_agrees_with_the_count(
    answered: int, arabic: str, english: str
) -> None:
    # A long reply may keep only one or two parts: «أول 1 أسئلة» / «the first 1 questions».
    note = texts.en_more_parts(answered)
    assert note.startswith(arabic) and english in note


@pytest.mark.parametrize(
    ("more", "amount"),
    [
        (1, "سؤال آخر لم أُجب عنه"),
        (2, "سؤالان آخران لم أُجب عنهما"),
        (7, "7 أسئلة أخرى"),
        (11, "11 سؤالًا آخر"),
        (100, "100 سؤال آخر"),
        (103, "103 أسئلة أخرى"),
        (150, "150 سؤالًا آخر"),
    ],
)
def test_unanswered_parts_are_counted_with_agreeing_nouns(more: int, amount: str) -> None:
    assert texts.more_parts(more).startswith(f"في رسالتك {amount}")
