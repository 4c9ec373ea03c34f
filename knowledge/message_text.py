"""The text of a message made plain before it is cut into lines (knowledge/message.py).

Diacritics go (textbooks vocalise their questions), and so do what files or times a post
rather than asking (hashtags, a quiz's timer, the verdicts offered after emoji, a «did you
know»); punctuation typed onto the next question is spaced, dots trailing off a question are a
pause, an honorific damaged in PDF extraction is mended, and question words typed onto the
next word are spaced out. It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

from knowledge.emoji_ranges import PICTOGRAPHS, SHAPES, SYMBOLS
from knowledge.headlines import mend_damaged
from knowledge.message_patterns import MARKS, QUESTION_START, QUESTION_WORDS
from knowledge.question_split import unglue_question_words
from knowledge.quiz_post import tag_heading_off


def bare_text(text: str) -> str:
    """The message's text with what must never decide a reading taken off or spaced."""
    text = MARKS.sub("", text).replace("\u00a0", " ")
    # («…؟\n#مسابقة_الحلقة»: a last line of hashtags files the post; it asks nothing)
    text = tag_heading_off(_TAG_LINES.sub("", text))
    # («… مع مين بالضبط #خيط», «… ما هي؟ #سيرة»: tags closing a line of words file it too)
    text = _TRAILING_TAGS.sub("", text)
    # («…\n✅ صح\n❌ خطأ»: the verdicts a channel offers under a claim, each after its emoji,
    # read as the bare «صح»/«خطأ» lines they stand for; the emoji alone became a part)
    if "\n" in text:
        text = _VERDICT_OPTION_LINE.sub(r"\1", text)
    # («💡 هل تعلم؟ أن عثمان …», «هل تعرف متى …؟»: a post's «did you know», which asks
    # nothing of its own; read alone, «تعلم» was «learned of it», the Romans' surprise)
    if "هل" in text:
        text = _DID_YOU_KNOW.sub("", text)
    # («صح ولا خطأ ⏱️ 10 ثواني»: a quiz's timer, no statement; no fact counts seconds)
    text = _TIMER.sub(" ", text)
    # («متى كانت غزوة تبوك،،،وكم كان عدد الجيش»: punctuation typed onto the next question,
    # spaced so that the questions are told apart)
    text = _GLUED_PUNCTUATION.sub(r"\1 ", text)
    # («متى كانت غزوة تبوك....»: dots trailing off a line that opens with a question word
    # are the writer's pause, no blank to fill)
    if ".." in text or "…" in text:
        text = "\n".join(
            _DOTS_BEFORE_QUESTION.sub("؟ ", _TRAILING_DOTS.sub("؟", line))
            if QUESTION_START.match(line)
            else line
            for line in text.split("\n")
        )
    # «. . . .»: a blank of spaced dots, not four sentence ends
    text = _SPACED_DOTS.sub(" … ", text)
    text = mend_damaged(text)
    # «ماالاية التي …», «وماالسبب»: «ما» typed onto the noun it asks about (no Arabic word
    # starts with «ماال»)
    if "ماال" in text:  # (in every match of it: a cheap test, most texts hold none)
        text = _GLUED_WHAT.sub(r"\1ما ", text)
    return unglue_question_words(text)


_SPACED_DOTS = re.compile(r"\.(?:\s\.){2,}")
_TRAILING_DOTS = re.compile(r"\s*(?:\.{2,}|…+)\s*[؟?]*\s*$")
# («متى كانت غزوة تبوك.... وكم كان عدد الجيش»: the pause before the next question)
_DOTS_BEFORE_QUESTION = re.compile(
    rf"\s*(?:\.{{2,}}|…+)\s*(?=(?:و|ف)?(?:{QUESTION_WORDS})(?:\s|$))"
)
_GLUED_PUNCTUATION = re.compile(r"([،؛؟]+|\.{2,}|…+)(?=[\u0621-\u064a])")
# A line of one verdict word between emoji («✅ صح», «❌ خطأ», «🅱️ خطأ», «صح ✔️»).
_EMOJI_MARKS = rf"[{PICTOGRAPHS}{SYMBOLS}{SHAPES}\U0001f170-\U0001f189\u00a9\u00ae\ufe0f]"
_DID_YOU_KNOW = re.compile(
    rf"(?m)^[^\S\n]*(?:{_EMOJI_MARKS}[^\S\n]*)*هل\s+(?:تعلمون|تعلمين|تعلم|تعرفون|تعرفين|تعرف)"
    # (then «؟», «أن …» or a question word: never a subject of «تعلم», «هل تعلم الروم …»)
    r"(?:\s*[؟?!:：،,]+\s*(?:(?:أن|ان|أنّ)\s+)?|\s+(?:أن|ان|أنّ)\s+"
    r"|\s+(?=(?:ما|ماذا|من|مين|متى|كم|لماذا|ليش|كيف|أين|اين|وين|شو|ايش|وش)\s))(?=\S)"
)
_VERDICT_OPTION_LINE = re.compile(
    rf"(?m)^(?=[^\n]*{_EMOJI_MARKS})[^\S\n]*(?:{_EMOJI_MARKS}[^\S\n]*)*"
    r"(صح|صحيح|صحيحة|صحيحه|صواب|خطأ|خطا|غلط|خاطئ|خاطئة|خاطئه)"
    rf"[^\S\n]*(?:{_EMOJI_MARKS}[^\S\n]*)*$"
)
_TIMER = re.compile(
    r"[⏱⏰⏳⌛]?\ufe0f?[^\S\n]*[0-9٠-٩]+[^\S\n]*(?:ثانية|ثانيه|ثواني|ثوان)(?!\w)[^\S\n]*[:：]?"
)
_TAG_LINES = re.compile(r"(?:\n[^\S\n]*#\w+(?:[^\S\n]+#\w+)*[^\S\n]*)+\s*$")
_TRAILING_TAGS = re.compile(r"(?<=[\w؟?!.،,])(?:[^\S\n]+#\w+)+[^\S\n]*(?=\n|$)")
_GLUED_WHAT = re.compile(r"(^و?|[\s؟?،,.:]و?)ما(?=ال\w)")
