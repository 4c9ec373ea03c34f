"""Quiz and worksheet items run together on one line, each put on a line of its own.

A family quiz night or a worksheet pasted from a phone often keeps its items on one line:
«س1 كم عدد الجيش س2 من قائده», «1-ماذا قدم أبو بكر 2-ماذا قدم عمر», «أولاً … ثانياً …»,
«سؤال ١ … سؤال ٢ …», «(أ) … (ب) …». Markers that count up from the first (1, 2, 3 …; أ، ب،
ج …) cut the line into its items when each item asks (a question word, an exam verb, a blank)
or when the words before them ask for the items («المطلوب:», «عناصر الموضوع:») or to
judge them («ضع علامة (✓) أو (✗): 1- … 2- …»: each claim judged in its place). Options
pasted on one line («أ) 8 هـ ب) 9 هـ») ask nothing and are left whole for the options reader.
Part of reading a message (knowledge/message.py). It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

from knowledge.claim_runs import heads_claims
from knowledge.message_patterns import ANY_IMPERATIVE, QMARK, QUESTION_WORDS
from knowledge.option_letters import ARABIC_LABEL
from knowledge.question_split import has_question_word
from knowledge.sheet_patterns import (
    BLANK_INSTRUCTION,
    BLANK_MARK,
    CHOICE_INSTRUCTION,
    NUMBERING,
    OPTION_LABEL,
    TF_INSTRUCTION,
    TRAILING_MARKS,
)

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_ORDINALS = {
    word: value
    for value, words in enumerate(
        (
            "أول اول الأول الاول أولا اولا",
            "ثاني تاني الثاني التاني ثانيا تانيا",
            "ثالث تالت الثالث التالت ثالثا تالتا",
            "رابع الرابع رابعا",
            "خامس الخامس خامسا",
        ),
        start=1,
    )
    for word in words.split()
}
_LETTERS = {"أ": 1, "ا": 1, "ب": 2, "ج": 3, "د": 4, "ه": 5, "هـ": 5}

# Each kind of marker, with the group that holds its count; a marker stands after a space or
# at the start of the line («950 جملا» has no mark after its figure, «9هـ» none before).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # «س1 …», «س٢/ …», «سؤال 3: …», «السؤال ٤ …»
    ("asked", re.compile(r"(?<!\S)(?:س|سؤال|السؤال)\s*([0-9٠-٩])\s*[:：\-–\.\)/]?\s*(?=\S)")),
    # «سؤال أول/ …», «السؤال الثاني: …»
    (
        "ordinal",
        re.compile(
            r"(?<!\S)(?:السؤال|سؤال)\s+(ال)?(أول|اول|ثاني|تاني|ثالث|تالت|رابع|خامس)"
            r"\s*[:：\-–\./]?\s*(?=\S)"
        ),
    ),
    # «1- …», «١. …», «2) …», «(3) …»
    ("digit", re.compile(r"(?<!\S)\(?([0-9٠-٩])\s*[\)\-–\.:/]\s*(?=\S)")),
    # «أولاً: …», «ثانيا …»
    (
        "adverb",
        re.compile(
            r"(?<!\S)(أولا|اولا|ثانيا|تانيا|ثالثا|تالتا|رابعا|خامسا)ً?\s*[:：\-–،,]?\s*(?=\S)"
        ),
    ),
    # «(أ) …», «ب- …», «ج. …»
    (
        "letter",
        re.compile(
            r"(?<!\S)(?:\(\s*(" + ARABIC_LABEL + r")\s*\)"
            r"|(" + ARABIC_LABEL + r")\s*[\)\-–\./])\s*(?=\S)"
        ),
    ),
)

# Words before the items that ask for them: a research plan, a list of points wanted, an
# exam instruction over «ما يلي» («المطلوب:», «عناصر الموضوع:», «علل ما يأتي:»).
_ASKING_FOR_ITEMS = re.compile(
    r"(?:^|\s)(?:المطلوب|المطلوب\s+منا|عناصر|محاور|خطة|خطه|نقاط|مطلوب|ما\s+يلي|ما\s+يأتي"
    r"|ما\s+ياتي|عما\s+يلي|عما\s+يأتي|مما\s+يلي|فيما\s+يلي)(?:\s|$|[:：])"
)


def _count(kind: str, match: re.Match[str]) -> int:
    """The number a marker counts (0 when it counts nothing)."""
    if kind in ("asked", "digit"):
        return int(match.group(1).translate(_DIGITS))
    if kind == "ordinal":
        return _ORDINALS.get(match.group(2), 0)
    if kind == "adverb":
        return _ORDINALS.get(match.group(1), 0)
    return _LETTERS.get(match.group(1) or match.group(2), 0)


# A sign or a word every marker above holds: a figure, a bracket, a dash, a dot or a slash,
# «سؤال», or a piece of each counting adverb (أولا/اولا, ثانيا/تانيا, ثالثا, تالتا, رابعا,
# خامسا). Every line of every message is read for items and few hold any: a line with
# none of these is not searched with each kind's pattern.
_MARKER_SIGN = re.compile(r"[0-9٠-٩()\-–./]")
_MARKER_WORDS = ("سؤال", "ولا", "انيا", "الثا", "التا", "ابعا", "امسا")


def may_hold_markers(line: str) -> bool:
    """False when no marker of any kind can be found in the line (see _MARKER_SIGN)."""
    return _MARKER_SIGN.search(line) is not None or any(word in line for word in _MARKER_WORDS)


def _run(line: str) -> list[re.Match[str]]:
    """The longest run of markers of one kind counting up from one, in line order."""
    best: list[re.Match[str]] = []
    if not may_hold_markers(line):
        return best
    for kind, pattern in _KINDS:
        run: list[re.Match[str]] = []
        for match in pattern.finditer(line):
            value = _count(kind, match)
            if value == len(run) + 1 and (not run or match.start() >= run[-1].end()):
                run.append(match)
        if len(run) > len(best):
            best = run
    return best


# A question word opening an item, after a preposition at most («في أي سنة …», «إلى أين …»).
_OPENS_ASKING = re.compile(
    rf"^\s*(?:(?:في|فى|إلى|الى|على|مع|من|عن|ضد|ل|ب)\s*)?[وف]?(?:{QUESTION_WORDS})(?=\s|$|[؟?،,])"
)


# «أ) من المدينة ب) من مكة»: «من» before a noun with «ال» is «from», asking nothing.
_FROM_PLACE = re.compile(r"^\s*من\s+ال(?!ذي|ذين|تي|لي)")


def _asks(item: str) -> bool:
    """Whether an item asks of its own: it opens with a question word or an exam verb, or
    holds a question mark or a blank («2) جيشها أكثر من أربعين ألف», «ب) 700 كم» ask
    nothing: «من» there is «than», «كم» the kilometre)."""
    item = item.strip()
    return bool(
        (_OPENS_ASKING.match(item) and not _FROM_PLACE.match(item))
        or any(mark in item for mark in QMARK)
        or ANY_IMPERATIVE.match(item)
        or BLANK_MARK.search(item)
    )


def asking_for_items(heading: str) -> bool:
    """Whether the words before a list ask for its items («المطلوب في البحث:»)."""
    return bool(_ASKING_FOR_ITEMS.search(heading.strip(" :："))) or heading.rstrip().endswith(
        ("المطلوب:", "المطلوب")
    )


def split_items(line: str) -> list[str]:
    """A line holding two or more counted items, cut into its heading and its items (each
    keeping its marker); any other line whole."""
    run = _run(line)
    if len(run) < 2:
        return [line]
    heading = line[: run[0].start()].strip()
    items = [
        line[match.start() : (run[i + 1].start() if i + 1 < len(run) else len(line))].strip()
        for i, match in enumerate(run)
    ]
    bodies = [
        item[match.end() - match.start() :].strip(" ،,")
        for item, match in zip(items, run, strict=True)
    ]
    if not all(bodies):
        return [line]
    # («صح أم خطأ: 1) … 2) …»: statements under a true/false heading are judged each; a
    # run of statements under any other words may be options, left whole)
    # («… صح أم خطأ: 1) صح 2) خطأ»: verdicts offered, a word each, are options, not claims)
    judged = (
        bool(heading) and heads_claims(heading) and all(len(body.split()) >= 2 for body in bodies)
    )
    if not (all(map(_asks, bodies)) or (heading and asking_for_items(heading)) or judged):
        return [line]
    # (each item numbered the one way the reader knows: «سؤال أول/», «ب-», «ثانياً» alike)
    numbered = [f"{number}- {body}" for number, body in enumerate(bodies, start=1)]
    return [heading, *numbered] if heading else numbered


def numbered_questions(text: str) -> bool:
    """Whether two or more lines are numbered items that ask («1- ما اسم …\n2- متى
    كانت»): a worksheet or a quiz, never one riddle read whole."""
    asking = 0
    for line in text.splitlines():
        label = NUMBERING.match(line)
        asking += label is not None and label.end() > 0 and _asks(line[label.end() :])
    return asking >= 2


# «علل ما يأتي:», «اذكر ما يلي:»: the exam verb before «ما يلي», asked of each item.
_VERB_OVER_ITEMS = re.compile(r"^\s*(\S+)\s+(?:ما|مما|عما|فيما)\s+(?:يلي|يأتي|ياتي)\s*[:：]?\s*$")


# A section's number before its instruction: «السؤال الثالث:», «س3/», «سؤال 2 -».
_SECTION_NUMBER = re.compile(
    r"^\s*(?:(?:السؤال|سؤال)\s+(?:ال)?(?:أول|اول|ثاني|تاني|ثالث|تالت|رابع|خامس|سادس)"
    r"|(?:س|سؤال|السؤال)\s*[0-9٠-٩]{1,2})\s*[:：\-–\./)]?\s*"
)


# «ما يلي», «عما يأتي»: «what follows», no question word.
_FOLLOWING = re.compile(r"(?:^|\s)(?:ما|مما|عما|فيما)\s+(?:يلي|يأتي|ياتي)(?=\s|$|[:：])")


def _labelled(line: str) -> bool:
    return bool(NUMBERING.match(line) or OPTION_LABEL.match(line))


def _heads_items(line: str) -> bool:
    """A line of its own that asks for the items below it («المطلوب في البحث:», «علل ما
    يأتي:»), not an instruction to choose, to judge or to fill in."""
    return (
        asking_for_items(line)
        and not has_question_word(_FOLLOWING.sub(" ", line))
        and not CHOICE_INSTRUCTION.search(line)
        and not TF_INSTRUCTION.search(line)
        and not BLANK_INSTRUCTION.match(line)
        and len(line.split()) <= 8
    )


def _items_under_headings(lines: list[str]) -> list[str]:
    """A heading that asks for the two or more labelled items below it is dropped; its exam
    verb («علل ما يأتي:») is put before each item, which is a question of its own."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        below = 0
        while index + 1 + below < len(lines) and _labelled(lines[index + 1 + below]):
            below += 1
        if below < 2 or not _heads_items(line):
            result.append(line)
            index += 1
            continue
        # («السؤال الثالث: علل ما يأتي:»: the section's number is no verb)
        verb = _VERB_OVER_ITEMS.match(_SECTION_NUMBER.sub("", line, count=1))
        asked = verb.group(1) if verb is not None and ANY_IMPERATIVE.match(verb.group(1)) else ""
        for item in lines[index + 1 : index + 1 + below]:
            label = NUMBERING.match(item) or OPTION_LABEL.match(item)
            assert label is not None  # (labelled: counted in `below`)
            # («ب) لماذا …؟ (3 درجات)»: the marks go first, or the full stop put after
            # them kept them from being read as marks, and «درجات» was a word asked)
            body = TRAILING_MARKS.sub("", item[label.end() :]).strip()
            # (a topic ends where its line does: «1) أسباب الغزوة» and «2) نتائجها» are two
            # items, never one line broken by the phone)
            ended = body if body.endswith((".", "؟", "?", "!", ":")) else f"{body}."
            result.append(f"{item[: label.end()]}{asked} {ended}".replace("  ", " "))
        index += 1 + below
    return result


def items_on_lines(text: str) -> str:
    """The message with each line's counted items on lines of their own, and a heading
    that asks for the items below it turned into their questions."""
    if not any(mark in text for mark in "0123456789٠١٢٣٤٥٦٧٨٩أثسبج(•-"):
        return text
    lines = [one for line in text.splitlines() for one in split_items(line)]
    return "\n".join(_items_under_headings(lines))


def heads_labelled_lines(line: str, later: list[str]) -> bool:
    """Whether a line ending in a colon stands over two or more labelled lines below it."""
    if not line.rstrip().endswith((":", "：")):
        return False
    labelled = 0
    for one in later:
        if not one.strip():
            continue
        if not _labelled(one):
            break
        labelled += 1
    return labelled >= 2
