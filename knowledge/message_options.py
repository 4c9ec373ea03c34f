"""Reading pasted options: labelled on their lines or inline («أ) … ب) …»), run together with
dots or slashes, in brackets in a sentence, or numbered lines after a stem. Part of reading
a message (knowledge/message.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from knowledge.blank_lead_in import sentence_to_complete
from knowledge.message_patterns import QMARK, STORY
from knowledge.option_letters import AMBIGUOUS_LETTERS, option_rank
from knowledge.pattern_speed import Prefiltered
from knowledge.riddle_patterns import (
    RIDDLE_ASK,
    RIDDLE_WHAT,
)
from knowledge.sheet_patterns import (
    ARABIC_DIGITS,
    BLANK_LEAD,
    CHOICE_INSTRUCTION,
    DIGIT_LABEL,
    DOTS_BETWEEN,
    INLINE_OPTION,
    OPTION_LABEL,
    TF_LEAD,
    TF_TAIL,
)
from knowledge.tuning import (
    DASHED_OPTIONS_MIN,
    DASHED_STEM_MIN_WORDS,
    JOINED_OPTION_MAX_WORDS,
    OPTION_MAX_WORDS,
    READING_CACHE_SIZE,
)

_BRACKETS = re.compile(r"[\(\[]([^()\[\]]{2,80})[\)\]]")
_BRACKET_SEPARATOR = re.compile(r"\s*(?:/|،|,|\s-\s|\s–\s|\s+أو\s+|\s+او\s+)\s*")
_STEM_END = re.compile(r"[؟?:：]")
_DOT_RUN = re.compile(r"\s*(?:\.{3,}|…+)\s*")
_DASHED = re.compile(r"\s+[-–]\s+|^\s*[-–]\s*")
# Weaker separators, taken only for three or more short options after a stem: single dashes
# («ماله كله - نصف ماله - ربع ماله»), single dots with spaces («الأحزاب . العسرة . الفتح») or
# commas («محرم، رجب، رمضان»).
# (With the longest option each allows: a dash is seldom inside a short sentence.)
_WEAK_SEPARATORS = (
    (_DASHED, OPTION_MAX_WORDS),
    (re.compile(r"\s+\.\s+"), 4),
    (re.compile(r"\s*[،,]\s*"), 4),
)
# «الخيارات: محرم، رجب، رمضان» on a line of its own or after the stem: options named so.
_OPTIONS_NAMED = Prefiltered(
    re.compile(r"(?:^|\s)(?:الخيارات|الاختيارات|الإجابات|الاجابات|البدائل)(?:\s+هي)?\s*[:：]\s*"),
    # (every match names its options with a colon)
    (":", "："),
)


@dataclass(frozen=True, slots=True)
class Option:
    """One pasted option of a multiple-choice question: its label as shown and its text."""

    label: str
    text: str


def ends_with_options(text: str) -> bool:
    """The lines under a stem are its options: the message ends with them, not with an ask
    («أي غزوة خرج فيها المسلمون في شدة الحر؟\nبدر\nأحد\nتبوك» is a stem and its options,
    never a riddle read whole)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    last = lines[-1]
    if any(mark in last for mark in QMARK) or RIDDLE_WHAT.search(last) or RIDDLE_ASK.search(last):
        return False
    if OPTION_LABEL.match(last) or inline_options(last) is not None:
        return True
    return len(lines) >= 3 and all(len(line.split()) <= 4 for line in lines[-2:])


def inline_options(line: str) -> tuple[str, list[Option]] | None:
    """«stem أ) x ب) y ج) z» on one line: the stem and its labelled options (or options
    named so: «… الخيارات: محرم، رجب، رمضان»)."""
    found = _inline_options(line)
    return None if found is None else (found[0], list(found[1]))


# The reader asks this of the same line several times (as its first line, as a stem, as the
# line under a stem, as an item): read once.
@lru_cache(maxsize=READING_CACHE_SIZE)
def _inline_options(line: str) -> tuple[str, tuple[Option, ...]] | None:
    found = _read_inline_options(line)
    return None if found is None else (found[0], tuple(found[1]))


def _a_statement(line: str) -> bool:
    """A statement to judge, whose «ولا/أو» are its own words, never options joined: a verdict
    tail after it («… صح ولا غلط؟») or a verdict lead before it («صح ولا خطأ: الرسول ما عقد ولا
    معاهدة في تبوك»: «nor», inside the statement)."""
    lead = TF_LEAD.match(line)
    return TF_TAIL.search(line) is not None or (lead is not None and 0 < lead.end() < len(line))


def _read_inline_options(line: str) -> tuple[str, list[Option]] | None:
    numbered = _numbered_options(line) or _named_options(line)
    if numbered is not None:
        return numbered
    found = list(INLINE_OPTION.finditer(line))
    matches = _labels_in_order(line, found)
    if matches is None or len(matches) < 2:
        # (fewer than two labels that are only labels: the line is read by the other readers)
        plain = [m for m in found if (m.group(1) or m.group(2)) not in AMBIGUOUS_LETTERS]
        if len(plain) >= 2:
            return None
        return bulleted_options(line) or (None if _a_statement(line) else joined_options(line))
    labels = [m.group(1) or m.group(2) for m in matches]
    stem = line[: matches[0].start()].strip()
    options: list[Option] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        text = line[match.end() : end].strip(" .،,؛;")
        if not text:
            return None
        options.append(Option(label=labels[index], text=text))
    return stem, options


def _labels_in_order(line: str, matches: list[re.Match[str]]) -> list[re.Match[str]] | None:
    """The inline labels that run «أ، ب، ج، د، هـ، و» (or a, b, c…) in order, one letter
    list for every options reader (knowledge/option_letters.py). A letter that is also a word
    or a mark («و», the hijri «هـ» of «9 هـ.») and comes out of order or after a number is
    text of the option before; any other letter out of order, or a first label that is not
    «أ»/«a», and the line has no inline options (None)."""
    kept: list[re.Match[str]] = []
    for match in matches:
        label = match.group(1) or match.group(2)
        rank = option_rank(label)
        if rank == len(kept) + 1 and (
            label not in AMBIGUOUS_LETTERS or not _hijri_mark(line, match, kept)
        ):
            kept.append(match)
        elif label not in AMBIGUOUS_LETTERS or not kept:
            return None
    return kept


def _hijri_mark(line: str, match: re.Match[str], kept: list[re.Match[str]]) -> bool:
    """«9 هـ.», «(سنة 9 هـ)»: «هـ» just after a number is the hijri mark, unless closed by
    a bracket opened in no text before it («د) 70000 ه) 100000»: a label)."""
    if not _AFTER_NUMBER.search(line[: match.start()]):
        return False
    if ")" not in match.group(0) or match.group(1):
        return True
    before = line[kept[-1].end() if kept else 0 : match.start()]
    return before.count("(") > before.count(")")


# A number just before a letter.
_AFTER_NUMBER = re.compile(r"[0-9٠-٩]\s*$")


# «… 1) رمضان 2) رجب 3) شوال», «(1) عمر (2) عثمان», «1. 3000 2. 10000»: options numbered
# on one line.
_INLINE_NUMBER = Prefiltered(
    re.compile(r"(?:(?<=\s)|^)(?:\(\s*([1-6١-٦])\s*\)|([1-6١-٦])\s*(?:[\)\-–]|\.(?=\s)))\s*"),
    # (every option number is one of these digits)
    tuple("123456١٢٣٤٥٦"),
)


def _numbered_options(line: str) -> tuple[str, list[Option]] | None:
    """Options numbered 1, 2, 3… on one line, each short and asking nothing (numbered
    questions on one line, «1) متى كانت؟ 2) من قادها؟», are not options)."""
    matches = list(_INLINE_NUMBER.finditer(line))
    labels = [(m.group(1) or m.group(2)).translate(ARABIC_DIGITS) for m in matches]
    if len(matches) < 2 or labels != [str(i + 1) for i in range(len(labels))]:
        return None
    options: list[Option] = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        text = line[match.end() : end].strip(" .،,؛;")
        if not text or len(text.split()) > OPTION_MAX_WORDS or any(m in text for m in "؟?"):
            return None
        options.append(Option(label=labels[index], text=text))
    return line[: matches[0].start()].strip(), options


def _named_options(line: str) -> tuple[str, list[Option]] | None:
    """«الخيارات: محرم، رجب، رمضان، شوال»: two or more short options after their name."""
    match = _OPTIONS_NAMED.search(line)
    if match is None:
        return None
    items = split_options_text(line[match.end() :])
    if len(items) < 2:
        items = _weakly_separated(line[match.end() :], 2)
    if len(items) < 2:
        return None
    return line[: match.start()].strip(), [Option(str(i + 1), t) for i, t in enumerate(items)]


def _weakly_separated(rest: str, fewest: int) -> list[str]:
    """The options of `rest` split at the first weak separator that gives `fewest` or more
    short ones («ماله كله - نصف ماله - ربع ماله»), else none."""
    for separator, longest in _WEAK_SEPARATORS:
        items = [item.strip(" .،,؛;") for item in separator.split(" " + rest)]
        items = [item for item in items if item]
        if len(items) >= fewest and all(len(item.split()) <= longest for item in items):
            return items
    return []


def split_options_text(text: str) -> list[str]:
    """Options run together with dots or slashes between them: «رجب ..... رمضان ..... شوال»."""
    items = [item.strip(" .،,؛;()[]") for item in DOTS_BETWEEN.split(text)]
    return [item for item in items if item]


def bracket_options(line: str, *, last_only: bool = False) -> tuple[str, list[Option]] | None:
    """«خرج الجيش في شهر (رجب - رمضان - شوال)»: options inside brackets in the sentence;
    with `last_only`, only brackets that end it («في أي شهر كانت غزوة تبوك (رجب / رمضان)؟»)."""
    match = _BRACKETS.search(line)
    if match is None or (last_only and line[match.end() :].strip(" ؟?.:")):
        return None
    items = [item.strip() for item in _BRACKET_SEPARATOR.split(match.group(1))]
    items = [item for item in items if item]
    if not 2 <= len(items) <= 5 or any(len(item.split()) > 5 for item in items):
        return None
    stem = (line[: match.start()] + " … " + line[match.end() :]).strip()
    return stem, [Option(label=str(i + 1), text=item) for i, item in enumerate(items)]


def dotted_options(text: str) -> tuple[str, list[Option]] | None:
    """A question, then options separated by runs of dots or slashes, on the same line."""
    led_in = sentence_to_complete(text)
    if led_in is not None and not _listed_after_blank(led_in):
        # «هذه الجملة: «…… ........ …» ما الكلمة الناقصة؟» is a blank, not options
        return None
    match = _STEM_END.search(text)
    if match is None:
        return _options_after_blank(text) or _trailing_dotted_options(text)
    stem, rest = text[: match.end()].strip(), text[match.end() :].strip()
    if bracket_options(rest) is not None:
        return None  # «اختر: كانت في السنة (الثامنة - التاسعة) للهجرة»: options in brackets
    lead = BLANK_LEAD.match(text)
    if not rest or (lead is not None and lead.end() >= len(stem)):
        return None  # «أكمل: … ........ …» is a blank, not options
    items = split_options_text(rest)
    if (
        len(items) < 2
        and not any(mark in rest for mark in "؟?:")  # («- متى كانت؟ - كم عددهم؟»: questions)
        and len(stem.split()) >= DASHED_STEM_MIN_WORDS  # (a heading is not a stem)
        and not STORY.search(stem)  # («عندي بحث عن غزوة تبوك: الأسباب - النتائج»: topics)
    ):
        # «المقدار اللي قدمه عمر: ماله كله - نصف ماله - ربع ماله»: three or more options
        # with single dashes, dots or commas between them (one may be a sentence's own)
        items = _weakly_separated(rest, DASHED_OPTIONS_MIN) or items
    if len(items) < 2 or any(len(item.split()) > OPTION_MAX_WORDS for item in items):
        return None
    if any(item.endswith((" و", " او", " أو")) for item in items):
        return None  # «أبو بكر وعمر وعثمان و ...... وغيرهم»: a list with a blank in it
    return stem, [Option(str(i + 1), item) for i, item in enumerate(items)]


def _listed_after_blank(sentence: str) -> bool:
    """«سمي الجيش بجيش ..... العسرة ..... الأحزاب ..... الفتح»: two or more short words or
    phrases after the first run of dots, each closed by the next run, are options; «قدم أبو
    بكر ...... وقدم عمر ......» is two blanks."""
    after = [piece.strip() for piece in _DOT_RUN.split(sentence)][1:]
    return len(after) >= 2 and all(after) and all(len(p.split()) <= 3 for p in after)


# «........ عمر بن الخطاب»: a run of dots (or a line) before an option, where its box is
# ticked, as a label is.
_LEADING_DOTS = re.compile(r"^\s*(?:\.{3,}|…+|_{3,})\s*(?=\S)")


def without_leading_dots(line: str) -> str:
    """An option line without the run of dots its writer put before it."""
    return _LEADING_DOTS.sub("", line, count=1)


def labelled(line: str, default: str) -> Option:
    """An option line, its number label («1- تبوك») kept apart from its text."""
    line = without_leading_dots(line)
    match = DIGIT_LABEL.match(line)
    if match is None:
        # («▫️ 50», «🔹 الروم»: a channel's bullet is no part of the option)
        return Option(default, _BULLET.sub("", line, count=1) if _BULLET.match(line) else line)
    return Option(match.group(1).translate(ARABIC_DIGITS), line[match.end() :])


def _options_after_blank(text: str) -> tuple[str, list[Option]] | None:
    """«كانت غزوة تبوك ضد ... الفرس / الروم / قريش»: a sentence with a blank, then short
    options with slashes between them; the blank stays in the stem for the option to fill."""
    blank = _DOT_RUN.search(text)
    if blank is None or not text[: blank.start()].strip():
        return None
    rest = text[blank.end() :]
    items = [item.strip(" .،,؛;()[]") for item in rest.split("/")]
    if len(items) < 2:
        items = _weakly_separated(rest, DASHED_OPTIONS_MIN)  # «… ..... رجب - رمضان - شوال»
    if len(items) < 2 or not all(items) or any(len(i.split()) > 4 for i in items):
        return None
    stem = text[: blank.end()].strip()
    return stem, [Option(str(i + 1), item) for i, item in enumerate(items)]


def _trailing_dotted_options(text: str) -> tuple[str, list[Option]] | None:
    """«… هو كسرى ... هرقل ... النجاشي ... المقوقس»: three or more short options after a
    stem, the first glued to it; as many of the stem's last words as the others are long."""
    pieces = [piece.strip() for piece in _DOT_RUN.split(text)]
    if len(pieces) < 4 or not all(pieces):
        return None
    rest = pieces[1:]
    if any(len(piece.split()) > 3 for piece in rest):
        return None
    size = max(1, round(sum(len(piece.split()) for piece in rest) / len(rest)))
    head = pieces[0].split()
    if len(head) <= size + 2:
        return None
    stem, first = " ".join(head[:-size]), " ".join(head[-size:])
    options = [first, *rest]
    return stem, [Option(str(i + 1), option) for i, option in enumerate(options)]


# A stem asking a year («في أي سنة هجرية …», «سنة كام هجري»): a bare number option is a year.
_YEAR_ASKED = re.compile(
    r"(?<![\w])(?:سنة|سنه|السنة|السنه|عام|العام|هجري|هجرية|هجريه|للهجرة|للهجره)(?![\w])"
)
_BARE_NUMBER = re.compile(r"^\s*[0-9٠-٩]{1,2}\s*$")


def option_as_claimed(option: str, stem: str) -> str:
    """The option as the stem claims it: «9» after «في أي سنة …» is the year 9 («سنة 9»)."""
    if _BARE_NUMBER.match(option) and _YEAR_ASKED.search(stem):
        return f"سنة {option.strip()}"
    return option


# «… ؟ رجب ولا رمضان», «… مين عمر ولا ابو بكر», «… هي تبوك ولا مؤتة ولا اليرموك»: options
# joined by «ولا», «أم», «أو» as they are said, with no labels.
_JOINERS = frozenset(("ولا", "ام", "أم", "او", "أو", "والا", "وإلا"))
# «… ولا لا؟», «… أو لا»: yes or no, not options.
_NO_WORDS = frozenset(("لا", "لأ", "لاء"))
# Words that close a stem before its first option («… هي تبوك ولا مؤتة», «… مين عمر ولا …»).
_STEM_CLOSERS = frozenset(
    "هي هو هم هى مين منو شو ايش إيش وش ماذا كم متى وين اين أين الخيارات".split()
)
# An option opening with a question word is a question of its own («… ولا متى رجعوا؟»).
_ASKING = frozenset("من مين ما ماذا متى كم كيف لماذا ليش هل وين اين أين".split())
# The first «option» opening with «و» and a verb of being or a question word after the
# stem's «؟» is a question of its own, asking either/or: «متى أعلن النبي التعبئة؟ وكانت ضد
# الفرس ولا الروم؟» asks when, then whom against, not when among two peoples.
_AND_ASKING = frozenset(
    {"و" + word for word in ("كان", "كانت", "كانوا", "كانو", "صار", "صارت", *_ASKING)}
)
_STEM_END_MARK = re.compile(r"[؟?:：]")
# (and the empty boxes a worksheet ticks: «☐ رجب ☐ شعبان», «□», «▢», «☒» ticked)
_BULLET = re.compile(r"\s*[▫▪◽◾◻◼🔹🔸🔷🔶•●○◦➖🔘⚪⚫🟢🔵🟡🟠🔺🔻✅☑⬜⬛☐☒□▢]\ufe0f?\s*")


def joined_options(line: str) -> tuple[str, list[Option]] | None:
    """Options said in a row after their stem: «… ؟ الغساسنة ولا بني تميم ولا الأوس». After a
    «؟» or «:», two are enough; with none, after «مين», «هي»…, or three or more after a stem
    that asks (one «أم» with no such word is an either/or question, knowledge/either_or.py)."""
    text = line.strip().rstrip(" ؟?.!")
    marks = list(_STEM_END_MARK.finditer(text))
    head, tail = (text[: marks[-1].end()], text[marks[-1].end() :]) if marks else ("", text)
    words = tail.split()
    seps = [i for i, word in enumerate(words) if word in _JOINERS]
    if not seps:
        return None
    bounds = [-1, *seps, len(words)]
    pieces = [words[a + 1 : b] for a, b in pairwise(bounds)]
    first = pieces[0]
    if not head:
        sizes = [len(piece) for piece in pieces[1:]]
        first = first[-(min(sizes) if len(seps) > 1 else max(sizes)) :] if min(sizes) else []
        closer = [i for i, word in enumerate(first) if word in _STEM_CLOSERS]
        first = first[closer[-1] + 1 :] if closer else first
        stem_words = pieces[0][: len(pieces[0]) - len(first)]
        if not stem_words or not (closer or (len(seps) > 1 and _STEM_CLOSERS & set(stem_words))):
            return None
        head = " ".join(stem_words)
    options = [first, *pieces[1:]]
    if any(
        not 1 <= len(option) <= JOINED_OPTION_MAX_WORDS
        or option[0] in _NO_WORDS
        or option[0] in _ASKING
        for option in options
    ) or (marks and first[0] in _AND_ASKING):
        return None
    return head.strip(), [Option(str(i + 1), " ".join(o)) for i, o in enumerate(options)]


def bulleted_options(line: str) -> tuple[str, list[Option]] | None:
    """«… الروم؟ ▫️ خوفا منهم ▫️ حقنا للدماء ▫️ لقلة السلاح»: options after bullets on the
    stem's line."""
    pieces = _BULLET.split(line)
    stem, items = pieces[0].strip(), [p.strip(" .،,؛;") for p in pieces[1:]]
    if len(stem.split()) < 2 or len(items) < 2:
        return None
    if any(not item or len(item.split()) > OPTION_MAX_WORDS or "؟" in item for item in items):
        return None
    return stem, [Option(str(i + 1), item) for i, item in enumerate(items)]


def split_instructions(text: str) -> list[str]:
    """The message's lines, with «اختر الإجابة الصحيحة: كانت غزوة تبوك ضد» split after its
    colon: the instruction on a line of its own, then the stem its options follow."""
    lines: list[str] = []
    for line in text.splitlines():
        before, colon, after = line.partition(":")
        instruction = CHOICE_INSTRUCTION.search(before) and len(before.split()) <= 6
        if colon and instruction and len(after.split()) >= 2:
            lines += [before + colon, after.strip()]
            continue
        lines += options_side_by_side(line)
    return lines


# (the labels in the order a sheet gives them)
_LABEL_ORDER = ("أبجده", "ابجده", "abcde", "ABCDE")
# A label after a wide gap («   ب) …», or a tab): the next option in a row of them.
_LABEL_AFTER_GAP = re.compile(r"(?:\s{2,}|\t)(?=\(?\s*(?:[أابجدهABCDEabcde])\s*[\)\-\.–])")


def options_side_by_side(line: str) -> list[str]:
    """A line of options laid out two by two («أ) 3000   ب) 10 آلاف», the next line «ج) …
    د) …»): an option line each, when the line opens with a label and each label after a wide
    gap is the next in order; any other line stays whole."""
    first = OPTION_LABEL.match(line)
    if first is None:
        return [line]
    pieces = [piece.strip() for piece in _LABEL_AFTER_GAP.split(line)]
    if len(pieces) < 2:
        return [line]
    labels = []
    for piece in pieces:
        match = OPTION_LABEL.match(piece)
        if match is None:
            return [line]
        labels.append(match.group(1) or match.group(2))
    in_order = any(
        all(label in order for label in labels)
        and all(order.index(b) == order.index(a) + 1 for a, b in pairwise(labels))
        for order in _LABEL_ORDER
    )
    return pieces if in_order else [line]
