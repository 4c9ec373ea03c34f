"""Words around a question that ask nothing of the facts.

Where the asker read it: «بحسب النص», «حسب الدرس», «كما ورد في درس غزوة تبوك» at the end of
a question name the source the answer should come from, never a detail asked («كم كان عدده
بحسب النص؟» asks the army's size). «صدق»/«بجد» (really) opening a question («صدق كم كان
عددهم؟») vouches for it: it is no charity («صدقة»). The reader takes both off with the
search headline's tail (knowledge/headlines.py)."""

from __future__ import annotations

import re

# The source: the text, the lesson, the book, the syllabus, with what may follow its name.
# («بالنص», «نص ماله» are «in half», «half his wealth»: a bare «نص» is never the text.)
_SOURCE = (
    r"(?:(?:ال)(?:نص|درس|كتاب|منهج|مقرر|مصدر|شرح|موضوع)"
    r"|(?:درس|كتاب)\s+(?:ال)?(?:غزوة|غزوه)\s+تبوك)"
    r"(?:\s+(?:ال)?(?:مدرسي|مقرر|وارد|سابق|معتمد|مكتوب))?"
    # («بحسب النص الذي لديكم», «حسب المصدر اللي عندكم»: the bot's own text)
    r"(?:\s+(?:(?:الذي|اللي|الي)\s+)?(?:عندكم|عندك|لديكم|لديك|عندنا|معكم|معك|بين\s+ايديكم))?"
)
# What leads into it: «(ب)حسب (ما ورد في)», «كما ورد/جاء في», «وفق», «في», «من».
_LEAD = (
    r"(?:(?:ب)?حسب(?:\s+ما\s+(?:ورد|جاء|ذكر|يذكر|يقول|قال)(?:\s+(?:في|ب))?)?"
    r"|كما\s+(?:(?:ورد|جاء|ذكر|وردت|جاءت|ذكرت)\s+)?(?:في|ب)"
    # («ما عدد المجاهدين الذي يذكره النص؟», «… اللي ذكرها الكتاب»: the one the text gives)
    r"|(?:الذي|التي|اللي|الي)\s+(?:يذكره|يذكرها|يذكرهم|ذكره|ذكرها|ذكرهم|يورده|أورده|اورده|يذكر|ذكر)"
    r"(?:\s+(?:في|ب))?"
    r"|وفق(?:ا|اً)?(?:\s+ل|\s+)|طبقا\s+ل|في|من)"
)
# Where a claim was read when it was passed on: «… زي ما مكتوب في رسالة الجروب», «… كما جاء في
# المنشور»: the claim is judged, not the message that carried it.
_PASSED_ON = (
    r"|(?:زي|مثل|متل|كما|حسب)\s+ما\s+(?:هو\s+)?(?:مكتوب|مذكور|كتبوا|كتب|ورد|جاء|منشور|بيقولوا|يقولون)"
    r"\s+(?:في|ب|فى)\s*(?:ال)?(?:رسالة|رساله|منشور|بوست|جروب|قروب|مجموعة|مجموعه|واتس|واتساب"
    r"|فيسبوك|تويتر|مقطع|فيديو|صورة|صوره)(?:\s+\S+){0,2}"
)
SOURCE_TAIL = re.compile(
    rf"\s*[،,]?\s+(?:{_LEAD}\s*{_SOURCE}{_PASSED_ON})"
    # («… الذي يذكره النص بالضبط؟»: how exactly, said of the source, asks nothing more)
    r"(?:\s+(?:بالضبط|بالظبط|بالتحديد|تحديدا|تحديداً))?\s*[.!؟?]*\s*$"
)


# «صدق», «صدك», «بجد», «فعلا», «حقا» right before a question word: «really, how many …».
_REALLY = re.compile(
    r"^\s*(?:و)?(?:صدق|صدك|بجد|بجدية|عن\s+جد|فعلا|فعلاً|حقا|حقاً)\s*[،,]?\s+"
    r"(?=(?:كم|قديش|شقد|شحال|متى|امتى|مين|منو|من|وش|ايش|شو|شنو|ليش|ليه|علاش|كيف|وين|أين|اين"
    r"|ما|ماذا|هل)(?:\s|$))"
)


# «ملك الروم المقصود في النص», «المذكور في الفقرة السابقة»: the one the pasted text means
# (knowledge/passages.py) is asked of as named; the pointer asks nothing more.
_POINTER = re.compile(
    r"\s+(?:ال)?(?:مقصود|مقصوده|مقصودة|مذكور|مذكوره|مذكورة|وارد|وارده|واردة|مشار\s+(?:اليه|إليه))"
    r"\s+(?:في|فى|ب)\s*(?:ال)?(?:نص|فقرة|فقره|قطعة|قطعه|عبارة|عباره)"
    r"(?:\s+(?:السابق|السابقة|السابقه|أعلاه|اعلاه|الآتي|الاتي|التالي))?(?=\s|[؟?.،,:]|$)"
)


# Words that leave the one pointed at unnamed («من القائد المذكور في النص»: which commander
# the text means is not said): the pointer then stays, and the question is asked back.
_UNNAMED = frozenset("من مين منو ما ماذا هو هي اسم".split())


def _named_in_full(pointer: re.Match[str]) -> str:
    """Drop the pointer after a noun named in two words or more («ملك الروم»)."""
    before = pointer.string[: pointer.start()].split()
    named = len(before) >= 2 and before[-2] not in _UNNAMED and not before[-2].startswith("ال")
    return "" if named else pointer.group(0)


def without_source(text: str) -> str:
    """The question without the source it names at its end («… بحسب النص؟» -> «…؟»); a text
    that is nothing but the source is left as typed."""
    stripped = SOURCE_TAIL.sub("", _POINTER.sub(_named_in_full, _REALLY.sub("", text)))
    if not stripped.strip(" .،,؟?!:"):
        return text
    if text.rstrip().endswith(("؟", "?")) and not stripped.rstrip().endswith(("؟", "?")):
        stripped += "؟"
    return stripped
