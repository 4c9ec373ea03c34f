"""Reading one line of a message: its numbering stripped, and how many short lines under a
stem are its options when they carry no labels. Part of reading messages
(knowledge/message.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.message_options import without_leading_dots
from knowledge.message_patterns import QMARK, QUESTION_START, QUESTION_WORD
from knowledge.option_letters import ARABIC_LABEL
from knowledge.question_split import has_question_word
from knowledge.quiz_post import is_item
from knowledge.sheet_patterns import (
    ARABIC_DIGITS,
    BLANK_LEAD,
    BLANK_MARK,
    DIGIT_LABEL,
    NUMBERING,
    OPTION_LABEL,
)
from knowledge.tuning import COUNTED_OPTION_MAX_WORDS, OPTION_MAX_WORDS, READING_CACHE_SIZE

# «ج-», «(ب)»: an Arabic letter numbering a line.
_LETTER_NUMBERING = re.compile(
    r"^\s*(?:\(\s*(?:" + ARABIC_LABEL + r")\s*\)|(?:" + ARABIC_LABEL + r")\s*[\)\-–])\s*"
)
# The exam verbs a worksheet item opens with («أذكر», «اذكر», «علل»); bare «بين», «عدد»,
# «ذكر», «كتب» are left out: they open options too («بين الروم …», «كتب السيرة»).
_EXAM_VERB = re.compile(
    r"^(?:[أاإ](?:ذكر|بين|وضح|علل|شرح|عدد|ناقش|صف|ستنتج|ستدل|قارن|فسر|لخص|كتب)"
    r"|علل|وضح|ناقش|قارن|لخص|فسر)ي?(?=[\s:：\-–]|$)"
)
# «س2:», «السؤال 3»: a line numbered as a question is an item of a worksheet, not an option.
_QUESTION_NUMBER = re.compile(r"^\s*(?:س|سؤال|السؤال)\s*[0-9٠-٩]{1,2}\s*[:\-\.\)/]")


@lru_cache(maxsize=READING_CACHE_SIZE)
def strip_numbering(line: str) -> str:
    """The line without the numbers and letters that number it («1-», «س2:», «(ب)»)."""
    previous = None
    while previous != line:
        previous = line
        line = NUMBERING.sub("", line, count=1)
        # «ج- ما المقصود …», «(ب) أعلل …»: a letter numbering an exam item, not an option.
        lettered = _LETTER_NUMBERING.match(line)
        if lettered is not None:
            rest = line[lettered.end() :]
            # («أ) (4) أكمل: …»: a number may follow the letter)
            probe = NUMBERING.sub("", rest, count=1)
            # («ب- أكمل: …», «أ) املأ الفراغ: …»: an item of a blanks section)
            if (
                has_question_word(rest)
                or is_item(rest)
                or BLANK_LEAD.match(probe)
                or strip_numbering(probe) != probe
            ):
                line = rest
    return line.strip()


def _counted_lines(lines: list[str]) -> int:
    """How many lines in a row are numbered 1, 2, 3 … (0 when fewer than three)."""
    count = 0
    for line in lines:
        number = DIGIT_LABEL.match(line)
        if number is None or int(number.group(1).translate(ARABIC_DIGITS)) != count + 1:
            break
        count += 1
    return count if count >= 3 else 0


def _next_item(stem: str, line: str) -> bool:
    """Whether a line numbered one more than the numbered stem above it is the next item of
    a list (options under a numbered stem count from one again)."""
    numbers = [DIGIT_LABEL.match(one) for one in (stem, line)]
    if numbers[0] is None or numbers[1] is None:
        return False
    first, second = (int(m.group(1).translate(ARABIC_DIGITS)) for m in numbers if m)
    return second == first + 1 and first > 0


def unlabelled_options(lines: list[str], start: int, *, dotted: bool = False) -> int:
    """How many short lines after a stem read as its options (0 when they do not); with
    `dotted`, a line may open with a run of dots («....... خالد بن الوليد»)."""
    if _next_item(lines[start - 1], lines[start] if start < len(lines) else ""):
        return 0  # «1- كم عدد الجيش» then «2- ما اسمه»: the next item, no option
    # («1- انتصر المسلمين …\n2- سقط القادة الثلاثة وخالد خلص الجيش من هزيمة كاملة»: lines
    # counted from one under a stem are its options even when long, if they do not ask)
    counted = _counted_lines(lines[start:])
    count = 0
    for line in lines[start:]:
        line = without_leading_dots(line) if dotted else line
        # («أكتر من 40 ألف» is an option: «من» inside it is «than», not «who»)
        asks = QUESTION_START.match(line) or any(mark in line for mark in QMARK)
        if _EXAM_VERB.match(strip_numbering(line)) or _QUESTION_NUMBER.match(line):
            break  # «1. أذكر سببين …»: an exam item of a worksheet section asks, it is no option
        if line.rstrip().endswith((":", "：")):
            break  # «2- عدد جيش المسلمين:»: the next item's stem, with options of its own
        if (
            len(strip_numbering(line).split())  # («1-» is no word of it)
            > (COUNTED_OPTION_MAX_WORDS if count < counted else OPTION_MAX_WORDS)
            or asks
            or any(m.group(3) not in ("من", "ما") for m in QUESTION_WORD.finditer(line))
            or OPTION_LABEL.match(line)
            or BLANK_MARK.search(line)
        ):
            break
        count += 1
    return count if count >= 2 else 0
