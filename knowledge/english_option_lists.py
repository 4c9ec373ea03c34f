"""Options written as a list after an English stem, with no letters: «… against the:
Persians / Romans / Quraysh», «… was called ____ (Jaish al-Fath, Jaish al-Usrah, …)»,
«… ? options: Shawwal, Rajab or Ramadan». Part of reading English forms
(knowledge/english_forms.py)."""

from __future__ import annotations

import re

from knowledge.english_bare_options import bare_options
from knowledge.english_emoji import EMOJI_MARK
from knowledge.tuning import (
    EN_ASKED_BULLET_OPTION_MAX_WORDS,
    EN_BULLET_OPTION_MAX_WORDS,
    EN_LIST_MIN_OPTIONS,
    EN_LIST_OPTION_MAX_WORDS,
    EN_OPTION_ASIDE_MAX_LINES,
    EN_OPTION_ASIDE_MAX_WORDS,
)

# Where the list starts: after the stem's colon, question mark or blank (an «options:» or
# «choices:» label may follow), or at an opening bracket ending the line.
# A dash between spaces starts a list that closes the question, «Who ruled the Romans —
# Khosrau, Heraclius, the Negus or Muqawqis?» (en72: read as one question and asked back).
_LIST_START = re.compile(
    r"(?:[:?]|_{2,}|…|\.{3,}|(?P<dash>(?<=\s)[—–]\s))\s*(?:(?:options|choices)\s*:\s*)?\(?\s*(?=\S)",
    re.IGNORECASE,
)
# A line of options under the stem, labelled as such.
_LIST_LINE = re.compile(r"^\s*(?:options|choices)\s*:", re.IGNORECASE)
# «…, and why»: the joining word before the last item of a list.
_LEADING_AND = re.compile(r"^(?:and|&)\s+", re.IGNORECASE)
# (A comma between a digit and three more is a number's thousands separator, «3,000 / 10,000»,
# and separates nothing. A pipe or a semicolon separates as a slash does, «Abu Bakr | Umar |
# the Prophet», «3,000; 10,000; over 40,000»: en72.)
_SEPARATOR = re.compile(
    r"\s*[/|;]\s*|\s*,(?!(?<=\d,)\d{3}(?!\d))\s*(?:or\s+)?|\s+or\s+", re.IGNORECASE
)


def separated_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The stem, the options and their labels («1», «2», …) of a one-line stem followed by
    three or more short options separated by slashes, commas or «or»; else None. The list
    may take a line of its own when labelled («…?\nOptions: Shawwal, Rajab, Ramadan»)."""
    lines = text.strip().split("\n")
    if len(lines) > 1 and _LIST_LINE.match(lines[-1]):
        found = separated_options(" ".join(lines[:-1]) + " " + lines[-1].strip())
        return (" ".join(lines[:-1]).strip(), *found[1:]) if found else None
    if len(lines) > 1:
        return None
    for start in _LIST_START.finditer(text):
        if start.group("dash") and not text.rstrip().endswith("?"):
            continue  # «Tabuk — Rajab, 9 AH, against the Romans»: a note, no question
        rest = text[start.end() :].strip().rstrip(").?").strip()
        options = tuple(item.strip(" .;") for item in _SEPARATOR.split(rest))
        if (
            (len(options) >= EN_LIST_MIN_OPTIONS or _paired(text, start, rest, options))
            and all(options)
            and all(len(option.split()) <= EN_LIST_OPTION_MAX_WORDS for option in options)
            and not any("?" in option for option in options)
            # «Tabuk: when did it happen, who went, and why?»: questions listed, no options.
            and not any(_ASKS.match(_LEADING_AND.sub("", option)) for option in options)
        ):
            stem = text[: start.start() + 1].strip(" ([—–")
            labels = tuple(str(number) for number in range(1, len(options) + 1))
            return stem, options, labels
    return None


# A question asking which one: the stem of a choice between two («Which … : A or B?»).
_WHICH = re.compile(r"^\W*(?:which|who|whom|what)\b", re.IGNORECASE)


def _paired(text: str, start: re.Match[str], rest: str, options: tuple[str, ...]) -> bool:
    """Two options joined by «or» after the colon or dash of a question asking which one,
    closing it: «Which of the following companions gave half of his wealth: Abu Bakr or
    Umar?» (en72: read as one question, it was asked back). Not after a question mark («Who
    led? Umar or Ali» is a guess after the question), nor joined otherwise («: Umar, Ali»)."""
    return (
        len(options) == 2
        and start.group().lstrip()[:1] in ":—–"
        and text.rstrip().endswith("?")
        and re.fullmatch(r"[^,/]+\s+or\s+[^,/]+", rest, re.IGNORECASE) is not None
        and _WHICH.match(text) is not None
    )


# A bullet opening an option's line: «• a year's pay», «- Ghassan», «[ ] 950 camels», «☐ Rajab»,
# Kahoot's tile shapes «▲ ◆ ● ■»,
# and EMOJI_MARK, which emoji bullets are written as (read as options, never picked:
# knowledge/english_emoji.py).
_BULLET_LINE = re.compile(
    rf"^[ \t]*(?:[•·▪▫◦○●◆◇►➤▲△■♦\-–—*{EMOJI_MARK}]|\[\s*\]|☐|□)[ \t]*(?=\S)(.*)$"
)
# Inline numbered options after a stem's «?», «:» or blank: «… give? 1. 300  2. 950  3. 1000».
_INLINE_NUMBER = re.compile(r"(?:^|(?<=\s))([1-6])[.)]\s+")
_STEM_END = re.compile(r"(?:[:?]|_{2,}|…|\.{3,})\s*$")
_BLANK_IN = re.compile(r"_{2,}|…|\.{3,}")
# A question word or an exam's command opening an item: a question of its own, not an option
# («Q2 i) Describe … ii) Explain … iii) Give …»).
_ASKING = (
    "who|whom|what|when|where|why|how|which|name|state|describe|explain|give|outline|discuss|"
    "write|list|mention|identify|define|assess|evaluate|compare|comment"
)
_ASKS = re.compile(rf"^(?:{_ASKING}|did|was|were|is)\b", re.IGNORECASE)
# On an emoji-bulleted line only a question word or a command asks («🔹 Was …» may be an
# option's claim).
_EMOJI_ASKS = re.compile(rf"^(?:{_ASKING})\b", re.IGNORECASE)


def _longest(stem: str) -> int:
    """The most words a bulleted option under this stem may hold."""
    return (
        EN_ASKED_BULLET_OPTION_MAX_WORDS
        if stem.rstrip().endswith("?")
        else EN_BULLET_OPTION_MAX_WORDS
    )


def _aside(line: str) -> bool:
    """A short line asking nothing of its own, no bullet («(expedition of Tabuk)»)."""
    words = line.split()
    return (
        0 < len(words) <= EN_OPTION_ASIDE_MAX_WORDS
        and not _BULLET_LINE.match(line)
        and not _ASKS.match(line.strip(" ([-*"))
    )


def bulleted_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The stem, options and labels of a stem followed by three to six bulleted lines
    («Heraclius gave his soldiers ____ in advance\\n• a year's pay\\n• land in Syria ...»)."""
    lines = text.strip().split("\n")
    # «In which year AH?\n[ ] 8\n[ ] 9 …\n(expedition of Tabuk)»: a line or two of the
    # asker's after the bullets are read with the stem.
    after: list[str] = []
    while lines and len(after) < EN_OPTION_ASIDE_MAX_LINES and _aside(lines[-1]):
        after.insert(0, lines.pop())
    if not lines or not _BULLET_LINE.match(lines[-1]):
        lines, after = lines + after, []
    options: list[str] = []
    bullets: list[str] = []
    while lines:
        found = _BULLET_LINE.match(lines[-1])
        if found is None:
            break
        options.insert(0, found.group(1).strip(" .;,"))
        bullets.insert(0, lines.pop())
    stem = "\n".join(lines + after).strip()
    if (
        not stem
        or not EN_LIST_MIN_OPTIONS <= len(options) <= 6
        or not all(options)
        or any(len(o.split()) > _longest(stem) or "?" in o for o in options)
    ):
        return None
    if all(line.lstrip().startswith(EMOJI_MARK) for line in bullets):
        # «🔹 Describe … 🔹 Explain …»: an exam's sub-questions, each asked, not options.
        if any(_EMOJI_ASKS.match(option) for option in options):
            return None
        return stem, tuple(options), (EMOJI_MARK,) * len(options)
    return stem, tuple(options), tuple(str(n) for n in range(1, len(options) + 1))


def inline_numbered_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """«How many camels did Usman give? 1. 300  2. 950  3. 1000  4. 700»: options numbered
    1, 2, 3 … in order on the stem's line, after its question mark, colon or blank, or on a
    line of their own under it («… the ______ ghazwa.\n1) first 2) fifth 3) last»)."""
    text = text.strip()
    marks = list(_INLINE_NUMBER.finditer(text))
    if marks and "\n" in text[marks[0].start() :]:
        return None
    for start in range(len(marks)):
        run = marks[start:]
        if [m.group(1) for m in run] != [str(n) for n in range(1, len(run) + 1)]:
            continue
        stem = text[: run[0].start()].strip()
        # Under the stem, the options may follow a blank anywhere in it.
        own_line = text[: run[0].start()].rstrip(" \t").endswith("\n")
        if len(run) < EN_LIST_MIN_OPTIONS or not (
            _STEM_END.search(stem) or (own_line and _BLANK_IN.search(stem))
        ):
            return None
        options = _between_marks(text, run)
        if not _usable(options):
            return None
        return stem, tuple(options), tuple(m.group(1) for m in run)
    return None


# A labelled option's line: «A- 500», «b - Ghassan», «Option C: Army of Madinah», «3️⃣ Negus».
_LABELLED_LINE = re.compile(
    r"^\s*(?:option\s+)?(?:\(?([a-e]|[1-6])\)?(?:\ufe0f?\u20e3|\s*[-–—:.)])|\[([a-e]|[1-6])\])"
    r"\s*(\S.*)$",
    re.IGNORECASE,
)


# A question's marks closing an item: «… at Tabuk. [1]», «(4 marks)».
_MARKS_END = re.compile(r"[\[(]\s*\d+\s*(?:marks?)?\s*[\])]\W*$", re.IGNORECASE)


def asks_itself(option: str) -> bool:
    """Is a labelled item a question of its own (an exam's sub-part: «(a) Name the Surah …
    [1]», «(ii) Give the name …», «1) what Abu Bakr gave»), not an option to choose?"""
    # («was called the army of hardship» is an option's claim, and a quoted verse may hold
    # its own «?».)
    return option.endswith("?") or bool(_EMOJI_ASKS.match(option) or _MARKS_END.search(option))


# What closes an option typed last on its line and opens the asker's own words after it:
# «… d) Shawwal. is it b?», «… d) Shawwal - I think b».
_OPTION_END = re.compile(r"(?<=\w)[.!]\s+(?=\S)|\s+[-–—]\s+(?=\S)")
# The asker's words after the options: a guess at a label, a question, a plea.
_ASIDE = re.compile(
    r"\b(?:is\s+it|i\s+think|answer|right|correct|please|pls|plz|thanks?|help)\b|\?\s*$",
    re.IGNORECASE,
)
# «(c) Ramadan or (d) Shawwal», «| B) Rajab |»: a joining word or a table's bar is no part
# of an option.
_JOINED = re.compile(r"^[\s|]+|(?:\s+(?:or|and))?[\s|,;]*$", re.IGNORECASE)


def tidy_options(options: tuple[str, ...], stem: str) -> tuple[tuple[str, ...], str]:
    """The options without joining words and bars, and the asker's words typed after the
    last one («a) Heraclius b) Ukaydir … d) Abu Sufyaan\nis it b?») moved to the stem,
    where they are read with it (as after options on lines of their own)."""
    options = tuple(_JOINED.sub("", option) for option in options)
    if not options or any("\n" in option for option in options[:-1]):
        return options, stem
    last, rest = options[-1], ""
    if "\n" in last:
        last, rest = last.split("\n", 1)
    else:
        end = _OPTION_END.search(last)
        if end is not None and _ASIDE.search(last[end.end() :]):
            last, rest = last[: end.start()], last[end.end() :]
    last = _JOINED.sub("", last)
    if not rest.strip() or not last:
        return options, stem
    return (*options[:-1], last), f"{stem}\n{rest.strip()}"


def _usable(options: list[str]) -> bool:
    """Short options, none a question or a command of its own."""
    return (
        EN_LIST_MIN_OPTIONS <= len(options) <= 6
        and all(options)
        and not any(
            len(o.split()) > EN_BULLET_OPTION_MAX_WORDS or "?" in o or _ASKS.match(o)
            for o in options
        )
    )


def _between_marks(text: str, marks: list[re.Match[str]]) -> list[str]:
    """The options marked inline: the text after each mark, up to the next mark or the end."""
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [text[m.end() : end].strip(" ,;.") for m, end in zip(marks, ends, strict=True)]


def labelled_lines(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """Three to six lines labelled a, b, c … or 1, 2, 3 … in order, after the stem or (as
    «Option A: …» lines) before it: «Usman gave how many camels?\nA- 500\nB- 950 …»."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    found = [_LABELLED_LINE.match(line) for line in lines]
    for start in range(len(lines)):
        run: list[re.Match[str]] = []
        for match in found[start:]:
            if match is None:
                break
            run.append(match)
        labels = [(m.group(1) or m.group(2)).lower() for m in run]
        sequence = "abcdef" if labels and labels[0].isalpha() else "123456"
        count = next((n for n in range(len(labels), 0, -1) if labels[:n] == list(sequence[:n])), 0)
        if count < EN_LIST_MIN_OPTIONS:
            continue
        stem = "\n".join(lines[:start] + lines[start + count :]).strip()
        options = [m.group(3).strip(" .;,") for m in run[:count]]
        if not stem or not _usable(options):
            return None
        return stem, tuple(options), tuple(labels[:count])
    return None


# Options marked inline on the stem's line by roman numerals or circled digits: «… in
# advance? i) Chosroes ii) Heraclius iii) Negus», «… Prophet's ①first expedition ②last …».
_INLINE_ROMAN = re.compile(r"(?:^|(?<=\s))\(?(i{1,3}|iv|vi?)\)\s*", re.IGNORECASE)
_CIRCLED = re.compile(r"([\u2460-\u2465])\s*")
# «… in the month of ... A- Sha'ban   B- Rajab   C- Ramadan»: letters with a dash, or a
# colon («A: Sha'ban B: Rajab»), or in brackets («[A] Sha'ban [B] Rajab»).
_INLINE_DASHED = re.compile(r"(?:^|(?<=\s))([a-e])\s*[-–:]\s+", re.IGNORECASE)
_INLINE_BRACKETED = re.compile(r"(?:^|(?<=\s))\[([a-e])\]\s*", re.IGNORECASE)
# «(1) Sha'ban (2) Rajab (3) Ramadan»: digits in brackets.
_INLINE_BRACKETED_DIGIT = re.compile(r"(?:^|(?<=\s))\(([1-6])\)\s*")
ROMAN_ORDER = ("i", "ii", "iii", "iv", "v", "vi")


def inline_marked_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """Three to six options on one line after the stem, marked «i) ii) iii)» or «① ② ③»
    (the stem may take the lines before)."""
    text = text.strip()
    styles = (
        (_INLINE_ROMAN, ROMAN_ORDER),
        (_CIRCLED, "①②③④⑤⑥"),
        (_INLINE_DASHED, "abcde"),
        (_INLINE_BRACKETED, "abcde"),
        (_INLINE_BRACKETED_DIGIT, "123456"),
    )
    for pattern, order in styles:
        marks = list(pattern.finditer(text))
        if marks and "\n" in text[marks[0].start() :]:
            continue
        labels = [m.group(1).lower() for m in marks]
        if not EN_LIST_MIN_OPTIONS <= len(marks) <= 6 or labels != list(order[: len(marks)]):
            continue
        stem = text[: marks[0].start()].strip()
        options, stem = tidy_options(tuple(_between_marks(text, marks)), stem)
        if stem and _usable(list(options)):
            return stem, options, tuple(m.group(1) for m in marks)
    return None


def listed_options(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """Bulleted or labelled lines, or options numbered or marked inline after the stem."""
    return (
        bulleted_options(text)
        or labelled_lines(text)
        or inline_numbered_options(text)
        or inline_marked_options(text)
        or bare_options(text)
    )
