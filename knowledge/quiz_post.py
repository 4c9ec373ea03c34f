"""Reading a teacher's quiz post: its title, its closing line, and items labelled by letters.

A teacher posts «أسئلة اليوم عن غزوة تبوك:», then numbered items of mixed forms, then
«بالتوفيق» or «الإجابة في التعليقات». The title and the closing ask nothing: read as parts,
they were answered (a title naming Tabuk got the overview) and pushed real items past the
parts answered. Items may be lettered «(أ) … (ب) …» like options; a lettered line that is
an item of its own (a question, a blank, a true/false statement) is no option. Part of
reading a message (knowledge/message.py).
"""

from __future__ import annotations

import re

from knowledge.message_options import bracket_options, inline_options
from knowledge.message_patterns import ANY_IMPERATIVE, QMARK
from knowledge.option_letters import OPTION_LETTER
from knowledge.pattern_speed import Prefiltered
from knowledge.question_split import has_question_word
from knowledge.sheet_patterns import (
    BLANK_INSTRUCTION,
    BLANK_MARK,
    NUMBERING,
    OPTION_LABEL,
    TF_INSTRUCTION,
    TF_LEAD,
    TF_TAIL,
)
from knowledge.tuning import OPTION_MAX_WORDS

# Nouns and verbs that name a quiz or ask to answer one: a title line, not a question.
_QUIZ_WORD = re.compile(
    r"(?:^|\s)(?:ال)?(?:[أا]سئل[ةه]|سؤال|سؤالين|سؤالان|سوالين|مراجع[ةه]|مسابق[ةه]|[إا]ختبار|[إا]ختبر\S*|امتحان"
    r"|ورق[ةه]|تمرين|تمارين|تقويم|نشاط|واجب|تحدي|كويز|quiz"
    r"|[أا]جيبوا|[أا]جيبي|[أا]جب|حلوا|جاوبوا"
    # («نحتاج ثلاث معلومات:», «بدي معلومتين:»: the details wanted, one per item below)
    r"|معلومات|معلومتين|معلومتان)(?=\s|$|[:：،,.!])",
    re.IGNORECASE,
)
# A line that closes a post: wishes, where the answers will be, or a channel's call to
# share them («شاركونا الإجابة 👇», «ضع إجابتك في التعليقات»).
_CLOSING_WORDS = re.compile(
    r"بالتوفيق|موفقين|موفقون|تمنياتي|تمنياتنا|بالنجاح|بانتظار|[أا]نتظر|ننتظر|نستنى|[إا]جاباتكم"
    r"|شاركونا|شاركوني|شاركينا|[إا]جابتك|[إا]جابتكم|[إا]جابتكن"
    # («⏰ الإجابة الساعة 9 مساء», «الحل بكرة»: when the answer will be posted)
    r"|(?:ال[إا]جاب[ةه]|الحل)\s+(?:الصحيح[ةه]\s+)?(?:غدا|غدًا|بكر[ةه]|بكرا|الساع[ةه]|مساء"
    r"|لاحقا|في\s+المساء|بعد\s+(?:ساع[ةه]|ساعتين|قليل))"
    r"|(?:ال[إا]جاب[ةه]|الاجابات|الإجابات|الحل|الحلول)\s+(?:في|فى|ب)\s*التعليقات|التعليقات"
)
# Words about answering the quiz itself («مين يجاوب أول؟», «نشوف مين الشاطر», «اللي يعرف
# يجاوب بالخاص»): asked of the group, not of the text.
_ANSWERING = Prefiltered(
    re.compile(
        r"(?:^|\s)(?:ي|ت|ن)?(?:جاوب|جاوبو|جاوبوا|جيب|حل|حلها|حلو|حلوا)(?:\s|$|[؟?!])"
        r"|الشاطر|الشطار|الأسرع|الاسرع|بالخاص|بالتعليقات|في\s+التعليقات"
    ),
    # (every match holds one; tests/test_pattern_speed.py checks)
    ("جاوب", "جيب", "حل", "الشاطر", "الشطار", "الأسرع", "الاسرع", "بالخاص", "التعليقات"),
)
# A lettered label in brackets «(أ)», closed «أ)», or followed by a dash or a dot «أ-».
_LABEL_STYLE = re.compile(rf"^\s*(\()?\s*{OPTION_LETTER}\s*([\)\-\.–:/])")


def _asks_or_marks(text: str) -> bool:
    """Whether a line asks, or carries the mark of a form (a blank, a true/false box)."""
    return (
        has_question_word(text)
        or bool(BLANK_MARK.search(text))
        or bool(TF_TAIL.search(text))
        or bool(TF_LEAD.match(text))
        or bool(TF_INSTRUCTION.search(text))
        or bool(BLANK_INSTRUCTION.match(text))
    )


# «… ( )», «… [ ]»: the box a true/false mark goes into, at the statement's end.
_BOX_END = re.compile(r"[\(\[]\s*[\)\]]\s*$")


def form_marked(line: str) -> bool:
    """A line that carries the mark of its form (a blank, a true/false box or «صح أم خطأ»):
    an item to answer, never a story told before a question («أرسل النبي … (  )»)."""
    lead = TF_LEAD.match(line)
    tail = TF_TAIL.search(line)
    # («… فكم كان عدده على الصحيح؟» asks: «الصحيح؟» is no true/false tail after a question)
    return (
        bool(BLANK_MARK.search(line))
        or (tail is not None and not has_question_word(line[: tail.start()]))
        or (lead is not None and lead.end() > 0)
        or bool(_BOX_END.search(line))
    )


def _labelled(line: str) -> bool:
    return bool(NUMBERING.match(line) or OPTION_LABEL.match(line))


def _sentence_with_choices(text: str) -> bool:
    """«قائد غزوة تبوك هو ( خالد - النبي - أبو بكر )»: a sentence of three words or more,
    ended by the options to choose from in brackets (not «عثمان (950 جملا، 50 فرسا)», an
    option with its detail)."""
    found = bracket_options(text, last_only=True)
    return found is not None and len(found[0].split()) >= 4  # (the stem ends with «…»)


def is_item(text: str) -> bool:
    """A lettered line that is an item of its own, not an option: it asks («من قاد …؟»),
    has a blank, a true/false mark or an exam verb, or carries options of its own."""
    pasted = inline_options(text)
    return (
        _sentence_with_choices(text)
        or any(mark in text for mark in QMARK)
        or bool(BLANK_MARK.search(text))
        or bool(TF_TAIL.search(text) or TF_LEAD.match(text) or TF_INSTRUCTION.search(text))
        or bool(BLANK_INSTRUCTION.match(text))
        or ANY_IMPERATIVE.match(text) is not None
        or (pasted is not None and bool(pasted[0]))
        or text.rstrip().endswith((":", "："))
    )


def label_style(line: str) -> tuple[bool, str] | None:
    """How a line is lettered: (in brackets, the mark after the letter), or None."""
    match = _LABEL_STYLE.match(line)
    return None if match is None else (match.group(1) is not None, match.group(2))


def is_title(line: str, later: list[str]) -> bool:
    """«أسئلة اليوم عن غزوة تبوك:», «مراجعة سريعة 📚»: a first line that names the quiz
    and asks nothing, before two or more labelled items. («عدد جيش المسلمين:» before
    «1- 3000 …» is a stem: without a quiz word, the labelled lines must be items, not
    short options.)"""
    audience = _ANSWERING.search(line) is not None and not form_marked(line)
    if (
        _labelled(line)
        or (_asks_or_marks(line) and not audience)
        or inline_options(line) is not None
        or len(line.split()) > 10
    ):
        return False
    labelled = [one for one in later if one.strip() and _labelled(one)]
    if len(labelled) < 2:
        # («اسئلة سهرة الجمعة:» over questions on lines of their own, none numbered)
        asking = [one for one in later if any(mark in one for mark in QMARK)]
        return _QUIZ_WORD.search(line) is not None and len(asking) >= 2
    if _QUIZ_WORD.search(line) or audience:
        return True
    # («هيا نراجع درس غزوة تبوك» over items that ask or carry their form's mark)
    if sum(1 for one in labelled if is_item(NUMBERING.sub("", one))) >= 2:
        return True
    long_items = [
        one
        for one in labelled
        if len(NUMBERING.sub("", one).split()) > OPTION_MAX_WORDS or _asks_or_marks(one)
    ]
    return line.rstrip().endswith((":", "：")) and len(long_items) >= 2


# A first line of hashtags only («#سؤال_اليوم», «#مسابقة_السيرة #شاركونا»).
_HEAD_TAGS = re.compile(r"^\s*(#\w+(?:[^\S\n]+#\w+)*)[^\S\n]*\n")


def tag_heading_off(text: str) -> str:
    """«#سؤال_اليوم» on a line of its own before a channel's question: the post's label, which
    asks nothing (left, it was a part of its own). Tags that name a topic («#غزوة_تبوك»)
    stay: the question under them may ask «متى كانت؟» of it."""
    match = _HEAD_TAGS.match(text)
    if match is None:
        return text
    tags = [tag.lstrip("#").replace("_", " ") for tag in match.group(1).split()]
    if all(_QUIZ_WORD.search(tag) or _CLOSING_WORDS.search(tag) for tag in tags):
        return text[match.end() :]
    return text


def is_closing(line: str) -> bool:
    """«بالتوفيق للجميع 🌹», «الإجابة في التعليقات», «انتظر اجاباتكم»: a post's last words."""
    return (
        not _asks_or_marks(line) and len(line.split()) <= 8 and bool(_CLOSING_WORDS.search(line))
    )


def ends_post(line: str, before: list[str], later: list[str]) -> bool:
    """«وفقكم الله», «اللي يعرف يجاوب بالخاص»: the last line of a post of two or more items,
    unlabelled after a labelled line, that asks nothing of the text, is its closing. (After
    unlabelled options, «3000\n10000\n40000», the last line is an option.)"""
    audience = _ANSWERING.search(line) is not None and not form_marked(line)
    # (the first item's label may have moved: «س1: على من …» is read «على من … س1»)
    return (
        len(before) >= 2
        and not any(one.strip() for one in later)
        and _labelled(before[-1])
        and not _labelled(line)
        and len(line.split()) <= 8
        and (audience or not _asks_or_marks(line))
        and inline_options(line) is None
    )
