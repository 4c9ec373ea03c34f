"""Reading a column-matching exercise: «صل من العمود (أ) ما يناسبه من العمود (ب)».

Worksheets paste two lists and ask to pair each item of the first with one of the second.
They come as two lists under headings («(أ)» … «(ب)», «العمود الأول» … «العمود الثاني»), as
numbered items then lettered ones («1- عثمان … أ- نصف ماله …»), or as a table pasted as text,
one row a line, its two cells apart by «|», a tab or a run of spaces. The second column is
shuffled, so a row's two cells are never read as a pair. Only reads: the pairs are found by
knowledge/column_pairs.py.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from knowledge.message_models import Option
from knowledge.option_letters import ARABIC_LIST_LABEL, ARABIC_OPTION_LETTERS
from knowledge.sheet_patterns import SHEET_NUMBER

# The verb that asks to pair («صل», «وصّل», «اربطي», «زاوج», «طابق»), after a sheet's own
# numbering («س3:», «2-»), then what it pairs («العمود», «القائمة», «ما يناسب», «بين»).
_INSTRUCTION = re.compile(
    SHEET_NUMBER + r"(?:و?(?:صل|صلي|صِل|صِلي|وصل|وصّل|وصلي|وصّلي|أوصل|اوصل|اربط|أربط|إربط|اربطي|أربطي"
    r"|زاوج|زاوجي|طابق|طابقي|وفق|وفّق|وفقي))\s+"
    r"(?=.*(?:العمود|العامود|عمود|القائمة|القائمه|قائمة|يناسب|يناسبها|يناسبه|المناسب|بين|بخط"
    r"|يقابل|بما|كل))",
)

# A column's heading on a line of its own: «(أ)», «العمود (ب):», «القائمة الثانية», «عمود ب».
_HEADING = re.compile(
    r"^\s*(?:(?:ال)?(?:عمود|عامود|قائمة|قائمه|مجموعة|مجموعه)\s*)?[\(\[]?\s*"
    r"(?P<which>أ|ا|ب|الأول|الاول|الأولى|الاولى|الثاني|التاني|الثانية|الثانيه|A|B|a|b)"
    r"\s*[\)\]]?\s*[:：]?\s*$"
)
_FIRST = frozenset({"أ", "ا", "الأول", "الاول", "الأولى", "الاولى", "A", "a"})

# Two cells of a row: «|», a tab, three spaces or more, or a run of dots or dashes.
_CELLS = re.compile(r"\s*(?:\||\t|\s{3,}|\.{3,}|…+|[-ـ_]{3,})\s*")
# A row of headings: «العمود (أ) | العمود (ب)».
_HEADINGS_ROW = re.compile(r"^\s*(?:(?:ال)?(?:عمود|عامود|قائمة|قائمه)|\(\s*[أاب]\s*\)\s*$)")

_NUMBERED = re.compile(r"^\s*\(?\s*([0-9٠-٩]{1,2})\s*[\)\-–.:/]\s*(?=\S)")
_LETTERED = re.compile(
    r"^\s*(?:\(\s*(" + ARABIC_LIST_LABEL + r")\s*\)"
    r"|(" + ARABIC_LIST_LABEL + r")\s*[\)\-–.:/])\s*(?=\S)"
)
_LETTERS = (*ARABIC_OPTION_LETTERS, "ز")

# Cells longer than this are no items of a list (a paragraph pasted below the exercise).
_MAX_ITEM_WORDS = 12


@dataclass(frozen=True, slots=True)
class Columns:
    """The two columns of an exercise: the items to pair, and the labelled items to pair
    them with."""

    left: tuple[str, ...]
    right: tuple[Option, ...]

    @property
    def right_texts(self) -> tuple[str, ...]:
        return tuple(option.text for option in self.right)


def _label_off(line: str) -> str:
    for pattern in (_NUMBERED, _LETTERED):
        match = pattern.match(line)
        if match is not None:
            return line[match.end() :].strip(" .،,؛;")
    return line.strip(" -•●*.،,؛;")


def _right(items: list[str], labels: list[str] | None = None) -> tuple[Option, ...]:
    return tuple(
        Option(labels[i] if labels else _LETTERS[i], item) for i, item in enumerate(items)
    )


def _letter(line: str) -> str | None:
    match = _LETTERED.match(line)
    if match is None:
        return None
    return match.group(1) or match.group(2)


def _under_headings(lines: list[str]) -> Columns | None:
    """Two lists under «(أ)» and «(ب)» (or the first and second column named)."""
    columns: list[list[str]] = []
    labels: list[list[str | None]] = []
    for line in lines:
        heading = _HEADING.match(line)
        if heading is not None:
            first = heading.group("which") in _FIRST
            if first != (not columns):
                return None  # («(ب)» before any «(أ)»: no columns)
            columns.append([])
            labels.append([])
            continue
        if not columns:
            return None
        columns[-1].append(_label_off(line))
        labels[-1].append(_letter(line))
    if len(columns) != 2:
        return None
    own = labels[1] if all(labels[1]) else None
    return _columns(columns[0], columns[1], [str(label) for label in own] if own else None)


def _numbered_then_lettered(lines: list[str]) -> Columns | None:
    """Numbered items («1- …») and lettered ones («أ- …»), one list after the other; the
    list that comes first is the first column."""
    numbered = [line for line in lines if _NUMBERED.match(line)]
    lettered = [line for line in lines if not _NUMBERED.match(line) and _LETTERED.match(line)]
    if not lines or len(numbered) + len(lettered) != len(lines):
        return None
    if lines[0] in numbered:
        letters = [str(_letter(line)) for line in lettered]
        return _columns(
            [_label_off(n) for n in numbered], [_label_off(r) for r in lettered], letters
        )
    digits = [match.group(1) for line in numbered if (match := _NUMBERED.match(line))]
    return _columns([_label_off(r) for r in lettered], [_label_off(n) for n in numbered], digits)


def _table(lines: list[str]) -> Columns | None:
    """A table pasted as text: each row two cells («عثمان بن عفان | نصف ماله»)."""
    cells = [_cells(line) for line in lines]
    # (a first row naming the columns, «العمود (أ) | العمود (ب)», holds no items)
    if cells and cells[0] and all(_HEADINGS_ROW.search(cell) for cell in cells[0]):
        cells = cells[1:]
    if not all(cells):
        return None
    left = [cell[0] for cell in cells if cell]
    right = [cell[1] for cell in cells if cell]
    letters = [_letter(cell[1]) for cell in cells if cell]
    own = [str(label) for label in letters] if all(letters) else None
    return _columns([_label_off(c) for c in left], [_label_off(c) for c in right], own)


def _cells(row: str) -> tuple[str, str] | None:
    cells = [cell for cell in _CELLS.split(row.strip(" |")) if cell.strip()]
    return (cells[0].strip(), cells[1].strip()) if len(cells) == 2 else None


def _columns(left: list[str], right: list[str], labels: list[str] | None) -> Columns | None:
    if len(left) < 2 or len(right) < 2 or len(right) > len(_LETTERS):
        return None
    items = [*left, *right]
    if not all(items) or any(len(item.split()) > _MAX_ITEM_WORDS for item in items):
        return None
    if labels is not None and len(set(labels)) != len(labels):
        labels = None
    return Columns(tuple(left), _right(right, labels))


# A label inside a line: «1- …», «(2) …», «أ) …», «(ب) …».
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:\(?[0-9٠-٩]{1,2}\s*[\)\-–.]|\((?:" + ARABIC_LIST_LABEL + r")\)"
    r"|(?:" + ARABIC_LIST_LABEL + r")\s*[\)\-–.])\s*(?=\S)"
)


def _inline(line: str) -> list[str]:
    """The labelled items of one line, each with its label («صل: 1- عمر 2- عثمان أ- …»)."""
    starts = [match.start() for match in _INLINE_LABEL.finditer(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise([*starts, len(line)])]


def read_columns(text: str) -> Columns | None:
    """The columns of a matching exercise, when the message opens (after any sheet heading
    lines) with an instruction to pair and two lists follow it; otherwise None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    index = next((i for i, line in enumerate(lines[:3]) if _INSTRUCTION.match(line)), None)
    if index is None:
        return None
    below = lines[index + 1 :]
    if not below:
        # (both lists on the instruction's line, after its colon)
        below = _inline(lines[index].partition(":")[2])
    for reader in (_under_headings, _numbered_then_lettered, _table):
        found = reader(below)
        if found is not None:
            return found
    return None
