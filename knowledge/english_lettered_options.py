"""Options after an English stem marked with letters or numbers: «a) … b) … c) …», «(i) …»,
«1) …» on their own lines, or bare letters on one line («… a abu bakr b umar c usman d ali»);
lists without letters are read by knowledge/english_option_lists.py. Part of reading English
forms (knowledge/english_forms.py)."""

from __future__ import annotations

import re

from knowledge.english_option_lists import (
    ROMAN_ORDER,
    asks_itself,
    listed_options,
    separated_options,
    tidy_options,
)
from knowledge.tuning import EN_INLINE_OPTION_MAX_WORDS

# Option markers: «a)», «A.», «(i)», «(A)».
_OPTION_STYLES = (
    re.compile(r"(?:^|(?<=\s))\(([a-e])\)\s*", re.IGNORECASE),
    re.compile(r"(?:^|(?<=\s))\((i{1,3}|iv)\)\s*", re.IGNORECASE),
    re.compile(r"(?:^|(?<=\s))([a-e])[).]\s+", re.IGNORECASE),
    # «1) Umar 2) Abu Bakr ...» on their own lines.
    re.compile(r"(?:^|(?<=\n))\s*([1-4])[).]\s+"),
    # «i) attacked ...», «ii) retreated ...» opening each line.
    re.compile(r"(?:^|(?<=\n))[ \t]*(i{1,3}|iv)[).][ \t]+", re.IGNORECASE),
    # «a umar», «b usman» ...: a bare letter opening each line.
    re.compile(r"(?<=\n)[ \t]*([a-d])[ \t]+(?=\S)", re.IGNORECASE),
    # «a.Abu Bakr b.Umar c.Uthman», «a)500 b)950»: a letter and its mark typed without the
    # space before the option (on a phone, or pasted from a sheet that lost its spacing);
    # the run «a», «b», «c» in order still decides, so «a.m.» or «e.g.» open no list.
    re.compile(r"(?:^|(?<=\s))([a-e])[).](?=[^\s.)])", re.IGNORECASE),
)
_ROMAN = ROMAN_ORDER[:4]
# A line labelled past the options a question has («5. …», «12) …», «f) …», «(vi) …»): a
# list that long is a list of items (statements, questions), not one question's options.
_LISTED_ON = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:\(?(?:[f-h]|vi{0,2})\)|(?:[5-9]|\d\d|[f-h]|vi{0,2})[).])\s+",
    re.IGNORECASE,
)


def lettered_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(stem, options, labels) when the text ends with three to five labelled options (the
    asker's words after them read with the stem); none when a line after the first option is
    labelled past them («1. … 5. …», «a) … f) …»): the lines are items of a list, each of
    its own form (statements, questions), not one question's options."""
    found = _options(text)
    if found is None or not found[1]:
        return found
    first = text.find(found[1][0])
    return None if first >= 0 and _LISTED_ON.search(text, first) else found


def _options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """lettered_options before the check for a longer list."""
    for style in _OPTION_STYLES:
        for marks in _mark_sets(list(style.finditer(text))):
            found = _run_of(text, style, marks)
            if found is not None:
                return found
    return _inline_options(text) or separated_options(text) or listed_options(text)


def _mark_sets(marks: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The marks, then, when capitals and small letters mix, the capitals alone: «A. Abubakar
    B. Umar b. Khattab C. Uthman b. Affan»: the small «b.» is «bin» in a name, not a label."""
    capitals = [m for m in marks if m.group(1).isupper()]
    if capitals and len(capitals) < len(marks) and any(m.group(1).isalpha() for m in capitals):
        return [marks, capitals]
    return [marks]


def _run_of(
    text: str, style: re.Pattern[str], marks: list[re.Match[str]]
) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The options the marks label, when they run in order to the end of the text."""
    labels = [m.group(1).lower() for m in marks]
    expected = (
        list(_ROMAN)
        if style in (_OPTION_STYLES[1], _OPTION_STYLES[4])
        else list("1234")
        if style is _OPTION_STYLES[3]
        else list("abcde")  # (a fifth, «e) none of the above», now and then)
    )
    for start in range(len(marks)):
        run = labels[start:]
        if len(run) >= 3 and run == expected[: len(run)]:
            chosen = marks[start:]
            stem = text[: chosen[0].start()].strip()
            options, stem = tidy_options(
                tuple(
                    text[m.end() : (chosen[i + 1].start() if i + 1 < len(chosen) else None)]
                    .strip()
                    .strip(",;")
                    .strip()
                    for i, m in enumerate(chosen)
                ),
                stem,
            )
            # Numbered questions («1. When ...? 2. Who ...?», «(a) Name … [1] (b) Why …
            # [3]») are not options.
            if stem and all(options) and not any(map(asks_itself, options)):
                return stem, options, tuple(run)
    return None


_BARE_LETTER = re.compile(r"(?<=\s)([a-dA-D])(?=\s)")


def _inline_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """«which sahabi gave half his wealth a abu bakr b umar c usman d ali»: options after
    bare letters on one line — «b», «c» and «d» once each, in order, after the last «a»."""
    if "\n" in text.strip():
        return None
    marks = list(_BARE_LETTER.finditer(text))
    later = {letter: [m for m in marks if m.group(1).lower() == letter] for letter in "bcd"}
    if any(len(found) != 1 for found in later.values()):
        return None
    b, c, d = later["b"][0], later["c"][0], later["d"][0]
    firsts = [m for m in marks if m.group(1).lower() == "a" and m.start() < b.start()]
    if not firsts or not b.start() < c.start() < d.start():
        return None
    chosen = [firsts[-1], b, c, d]
    stem = text[: chosen[0].start()].strip()
    options = tuple(
        text[m.end() : (chosen[i + 1].start() if i < 3 else len(text))].strip(" ,;.")
        for i, m in enumerate(chosen)
    )
    if (
        not stem
        or not all(options)
        or any(len(o.split()) > EN_INLINE_OPTION_MAX_WORDS or o.endswith("?") for o in options)
    ):
        return None
    return stem, options, ("a", "b", "c", "d")
