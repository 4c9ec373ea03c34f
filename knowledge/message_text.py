"""The text of a message made plain before it is cut into lines (knowledge/message.py).

Diacritics go (textbooks vocalise their questions), and so do what files or times a post
rather than asking (hashtags, a quiz's timer, the verdicts offered after emoji, a «did you
know»); punctuation typed onto the next question is spaced, dots trailing off a question are a
pause, an honorific damaged in PDF extraction is mended, and question words typed onto the
next word are spaced out; a question wrapped in a request is unwrapped, and items or claims
run together on one line are set on lines of their own. Each repair is a named step
(knowledge/repair_trace.py), so `ask --explain` names those that changed a message. It only
reads: it never looks at the facts.
"""

from __future__ import annotations

import re

from knowledge.claim_runs import claims_on_lines
from knowledge.emoji_ranges import PICTOGRAPHS, SHAPES, SYMBOLS
from knowledge.headlines import mend_damaged
from knowledge.inline_items import items_on_lines
from knowledge.lesson_objectives import objectives_as_exam_verbs
from knowledge.message_patterns import MARKS, QUESTION_START, QUESTION_WORDS
from knowledge.pattern_speed import Prefiltered
from knowledge.question_split import unglue_question_words
from knowledge.quiz_post import tag_heading_off
from knowledge.repair_trace import Repair, Step, run_steps
from knowledge.who_am_i import described_then_who, pause_before_who
from knowledge.wrapped_questions import unwrap

_MENTIONS = re.compile(r"(?m)^[^\S\n]*(?:@[A-Za-z0-9_]+[^\S\n]*[،,:]?[^\S\n]*)+")
_NO_HAMZA_QUESTION = re.compile(r"(?<![\w])(و?(?:ال)?)سوال(?![\w])")
_SPACED_DOTS = re.compile(r"\.(?:\s\.){2,}")
# «كان عدد الجيش ــــــ ألفا»: a run of tatweel standing alone, a letter on neither side, is a
# blank drawn with the keyboard's stretch key; tatweel inside a word only stretches it.
_TATWEEL_BLANK = re.compile(r"(?<![\u0621-\u064a])\u0640{3,}(?![\u0621-\u064a])")
_TRAILING_DOTS = re.compile(r"\s*(?:\.{2,}|…+)\s*[؟?]*\s*$")
# («متى كانت غزوة تبوك.... وكم كان عدد الجيش»: the pause before the next question)
_DOTS_BEFORE_QUESTION = re.compile(
    rf"\s*(?:\.{{2,}}|…+)\s*(?=(?:و|ف)?(?:{QUESTION_WORDS})(?:\s|$))"
)
_GLUED_PUNCTUATION = re.compile(r"([،؛؟]+|\.{2,}|…+)(?=[\u0621-\u064a])")
# A line of one verdict word between emoji («✅ صح», «❌ خطأ», «🅱️ خطأ», «صح ✔️»).
_EMOJI_MARKS = rf"[{PICTOGRAPHS}{SYMBOLS}{SHAPES}\U0001f170-\U0001f189\u00a9\u00ae\ufe0f]"
# (the «did you know», the timer and the hashtags are looked for only in texts holding a word
# or sign each of their matches holds: most messages have none, and every one is read)
_DID_YOU_KNOW = Prefiltered(
    re.compile(
        rf"(?m)^[^\S\n]*(?:{_EMOJI_MARKS}[^\S\n]*)*هل\s+(?:تعلمون|تعلمين|تعلم|تعرفون|تعرفين|تعرف)"
        # (then «؟», «أن …» or a question word: never a subject of «تعلم», «هل تعلم الروم …»)
        r"(?:\s*[؟?!:：،,]+\s*(?:(?:أن|ان|أنّ)\s+)?|\s+(?:أن|ان|أنّ)\s+"
        r"|\s+(?=(?:ما|ماذا|من|مين|متى|كم|لماذا|ليش|كيف|أين|اين|وين|شو|ايش|وش)\s))(?=\S)"
    ),
    ("تعلم", "تعرف"),
)
_VERDICT_OPTION_LINE = re.compile(
    rf"(?m)^(?=[^\n]*{_EMOJI_MARKS})[^\S\n]*(?:{_EMOJI_MARKS}[^\S\n]*)*"
    r"(صح|صحيح|صحيحة|صحيحه|صواب|خطأ|خطا|غلط|خاطئ|خاطئة|خاطئه)"
    rf"[^\S\n]*(?:{_EMOJI_MARKS}[^\S\n]*)*$"
)
_TIMER = Prefiltered(
    re.compile(
        r"[⏱⏰⏳⌛]?\ufe0f?[^\S\n]*[0-9٠-٩]+[^\S\n]*(?:ثانية|ثانيه|ثواني|ثوان)(?!\w)[^\S\n]*[:：]?"
    ),
    ("ثاني", "ثوان"),
)
_TAG_LINES = Prefiltered(re.compile(r"(?:\n[^\S\n]*#\w+(?:[^\S\n]+#\w+)*[^\S\n]*)+\s*$"), ("#",))
_TRAILING_TAGS = Prefiltered(
    re.compile(r"(?<=[\w؟?!.،,])(?:[^\S\n]+#\w+)+[^\S\n]*(?=\n|$)"), ("#",)
)
_GLUED_WHAT = re.compile(r"(^و?|[\s؟?،,.:]و?)ما(?=ال\w)")


def _trailing_dots(text: str) -> str:
    # («متى كانت غزوة تبوك....»: dots trailing off a line that opens with a question word
    # are the writer's pause, no blank to fill)
    if ".." not in text and "…" not in text:
        return text
    return "\n".join(
        _DOTS_BEFORE_QUESTION.sub("؟ ", _TRAILING_DOTS.sub("؟", line))
        if QUESTION_START.match(line)
        else line
        for line in text.split("\n")
    )


# The repairs in the order they are made, each named as `ask --explain` shows it.
BARE_STEPS: tuple[Step, ...] = (
    (
        "a run of tatweel read as a blank",
        lambda t: _TATWEEL_BLANK.sub(" …… ", t) if "\u0640\u0640\u0640" in t else t,
    ),
    ("diacritics and tatweel removed", lambda t: MARKS.sub("", t).replace("\u00a0", " ")),
    # («@sara_22 طيب متى …», «@bot ليش …»: whom a reply in a thread is to, no word asked)
    ("a thread's @names dropped", lambda t: _MENTIONS.sub("", t) if "@" in t else t),
    # («سوال ٢:», «السوال الاول»: «سؤال» typed without its hamza, as often; the sheet's
    # headings and numbering are written with it)
    (
        "«سوال» read as «سؤال»",
        lambda t: _NO_HAMZA_QUESTION.sub(r"\1سؤال", t) if "سوال" in t else t,
    ),
    # («…؟\n#مسابقة_الحلقة»: a last line of hashtags files the post; it asks nothing)
    ("hashtag lines dropped", lambda t: tag_heading_off(_TAG_LINES.sub("", t))),
    # («… مع مين بالضبط #خيط», «… ما هي؟ #سيرة»: tags closing a line of words file it too)
    ("hashtags closing a line dropped", lambda t: _TRAILING_TAGS.sub("", t)),
    # («…\n✅ صح\n❌ خطأ»: the verdicts a channel offers under a claim, each after its emoji,
    # read as the bare «صح»/«خطأ» lines they stand for; the emoji alone became a part)
    (
        "verdicts offered after emoji read bare",
        lambda t: _VERDICT_OPTION_LINE.sub(r"\1", t) if "\n" in t else t,
    ),
    # («💡 هل تعلم؟ أن عثمان …», «هل تعرف متى …؟»: a post's «did you know», which asks
    # nothing of its own; read alone, «تعلم» was «learned of it», the Romans' surprise)
    ("«did you know» dropped", lambda t: _DID_YOU_KNOW.sub("", t) if "هل" in t else t),
    # («صح ولا خطأ ⏱️ 10 ثواني»: a quiz's timer, no statement; no fact counts seconds)
    ("a quiz's timer dropped", lambda t: _TIMER.sub(" ", t)),
    # («متى كانت غزوة تبوك،،،وكم كان عدد الجيش»: punctuation typed onto the next question,
    # spaced so that the questions are told apart)
    ("punctuation typed onto the next word spaced", lambda t: _GLUED_PUNCTUATION.sub(r"\1 ", t)),
    ("dots trailing off a question read as its end", _trailing_dots),
    # «. . . .»: a blank of spaced dots, not four sentence ends
    ("spaced dots read as a blank", lambda t: _SPACED_DOTS.sub(" … ", t)),
    ("an honorific damaged in PDF extraction mended", mend_damaged),
    # «ماالاية التي …», «وماالسبب»: «ما» typed onto the noun it asks about (no Arabic word
    # starts with «ماال»; a cheap test first, most texts hold none)
    (
        "«ما» typed onto its noun spaced",
        lambda t: _GLUED_WHAT.sub(r"\1ما ", t) if "ماال" in t else t,
    ),
    ("question words typed onto the next word spaced", unglue_question_words),
    # («ما الإجابة النموذجية لسؤال: …», «ابحث عن …»: the question inside is what is asked)
    ("the question inside a request unwrapped", unwrap),
    # («أن يذكر الطالب ما قدمه عثمان», «يتعرف المتعلم على …»: a lesson plan's objective is
    # the exam's «اذكر …»; read as it stood, «يذكر» and «الطالب» were words asked)
    ("a lesson objective read as its exam verb", objectives_as_exam_verbs),
    # («… عن رئيسها.. ما هي؟»: dots before a closing «what is it» are a pause, no blank)
    ("dots before a closing «what is it» read as a pause", pause_before_who),
    ("a description before «من هو؟» read as one question", described_then_who),
    # («س1 … س2 …», «1- … 2- …» on one line: each item on a line of its own)
    ("items numbered on one line set on lines of their own", items_on_lines),
    # («صح أم خطأ: … . … .», «… (  ) … (  )»: claims run together, each on a line of its own)
    ("claims run together set on lines of their own", claims_on_lines),
)


def bare_text(text: str, trace: list[Repair] | None = None) -> str:
    """The message's text with what must never decide a reading taken off or spaced, and
    its items and claims each on a line of its own (each repair that changed it appended to
    `trace` when one is given)."""
    return run_steps(text, BARE_STEPS, trace)
