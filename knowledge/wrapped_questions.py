"""Words wrapped around a question that ask nothing of the facts themselves.

Teachers ask for a model answer («ما الإجابة النموذجية لسؤال: متى كانت غزوة تبوك؟», «أريد
نقاط التصحيح لسؤال …», «كيف يجيب الطالب عن سؤال …»), people used to search boxes write
«ابحث عن …», and some close a question with «… الجواب؟». The question inside decides; the
wrapper never does, so it is removed before the message is read into parts (knowledge/
message.py). It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

# «the answer»: model, right, full answer; marking points; the answer key.
_ANSWER = (
    r"(?:ال)?(?:إجابة|اجابة|إجابه|اجابه|جواب|حل)"
    r"(?:\s+(?:ال)?(?:نموذجية|نموذجيه|النموذجيه|صحيحة|صحيحه|كاملة|كامله|مثالية|مثاليه|الصح))?"
    r"|(?:نقاط|عناصر|سلم|سلّم|مفتاح|معايير)\s+(?:ال)?(?:تصحيح|إجابة|اجابة|اجابه|إجابه)"
)
# «for the question (below)»: «لسؤال», «عن السؤال التالي», «لـ». (The preposition made optional
# everywhere cost a held-out right answer; without it only «ما جواب سؤال …» is read: _CONSTRUCT
# after a word that asks for it, never a bare «جواب سؤال» at the start of a line.)
_FOR_QUESTION = (
    r"(?:(?:ل|لل|عن|على|علي)\s*(?:ـ\s*)?(?:ال)?(?:سؤال|سوال)|لـ|ل(?=\s*[:：«\"]))"
    r"(?:\s+(?:التالي|الآتي|الاتي|هذا))?"
)
# «جواب سؤال …»: the answer and the question joined with no «ل/عن», both without «ال».
_CONSTRUCT = r"(?:جواب|إجابة|اجابة|إجابه|اجابه)\s+(?:سؤال|سوال)"
# Who asks for it, before «the answer»: «ما», «ما هي», «أريد», «اعطني», «ممكن».
_ASKING_FOR = (
    r"(?:(?:ما|ماهي|وش|شو|ايش|إيش|شنو)\s+(?:هي\s+|هو\s+)?"
    r"|(?:أريد|اريد|ابي|أبي|ابغى|أبغى|بدي|عايز|عاوز|اعطني|أعطني|عطني|اعطيني|أعطيني|هات|ممكن"
    r"|أرجو|ارجو|أحتاج|احتاج|نحتاج)\s+)?"
)
# «how does the pupil answer (the question)»: «كيف يجيب الطالب عن سؤال …», «كيف أجيب على …».
_HOW_TO_ANSWER = (
    r"(?:كيف|كيفاش|شلون|ازاي|إزاي)\s+(?:يجيب|أجيب|اجيب|نجيب|تجيب|يجاوب|اجاوب|أجاوب|نجاوب|يرد|ارد|أرد)"
    r"(?:\s+(?:ال)?(?:طالب|طالبة|طالبه|طلاب|تلميذ|تلميذة|تلاميذ))?"
    r"\s+(?:عن|على|علي)(?:\s+(?:ال)?(?:سؤال|سوال)(?:\s+(?:التالي|الآتي|الاتي|هذا))?)?"
)
# «search for …» as typed into a search box.
# («دور علي …» is «the role of Ali», so «دوّر على» is left out)
_SEARCH = r"(?:ابحث|إبحث|أبحث|ابحثلي|فتش|فتّش)(?:\s+(?:لي|لنا))?\s+عن"

_WRAPPER = re.compile(
    rf"(?:^|(?<=[\n،,!.]))(\s*)(?:{_ASKING_FOR}(?:{_ANSWER})\s*{_FOR_QUESTION}"
    rf"|{_ASKING_FOR[:-1]}{_CONSTRUCT}|{_HOW_TO_ANSWER}|{_SEARCH})\s*[:：\-–«\"]*\s*(?=\S)"
)
# «قال الخطيب اليوم إن …», «سمعت في درس السيرة أن …»: who told the claim, where and when.
# None of it is part of the claim («اليوم» is no today's Tabuk, «الدرس» no word of a fact);
# it is read as the plain «سمعت أن …» the claim readers know (knowledge/claim_patterns.py).
_TELLER = (
    r"(?:ال)?(?:خطيب|شيخ|امام|إمام|معلم|معلمة|معلمه|أستاذ|استاذ|أستاذة|استاذة|واعظ|داعية|داعيه"
    r"|مدرس|مدرسة|مدرسه|محاضر|دكتور)"
)
_SETTING = (
    r"(?:في|فى|ب)\s*(?:ال)?(?:درس|خطبة|خطبه|خطبته|المسجد|مسجد|حلقة|حلقه|محاضرة|محاضره|اذاعة"
    r"|إذاعة|اذاعه|إذاعه|برنامج|فيديو|مقطع)(?:\s+(?:ال)?(?:جمعة|جمعه|سيرة|سيره|حي|تحفيظ|اليوم))?"
    r"|(?:اليوم|أمس|امس|البارحة|البارحه)"
)
_REPORT_SETTING = re.compile(
    r"^(\s*)و?(?:سمعت|سمعنا|قال|قالت|ذكر|ذكرت|حكى|حكا)"
    rf"(?:\s+{_TELLER})?((?:\s+(?:{_SETTING})){{0,3}})\s+(?:أن|إن|ان|انه|أنه|إنه)\s+(?=\S)"
)
# «… ؟ الجواب؟», «… ؟ جواب», «… ؟ والإجابة؟»: a closing call for the answer after a question.
_ANSWER_CALL = re.compile(
    r"(?<=[؟?])\s*(?:(?:ما|وش|شو)\s+)?و?(?:ال)?(?:جواب|إجابة|اجابة|اجابه|إجابه)\s*[؟?:：.!]*\s*$"
)


# «… جالنا سؤال «وضّح دور هرقل …» وأنا كتبت كلام عام، إيه الإجابة النموذجية؟»: a question
# quoted in a story, and a last clause that asks only for its answer.
_QUOTED_QUESTION = re.compile(r"(?:سؤال|السؤال|سوال)\s*[:：]?\s*[«\"“]([^«»\"“”\n]{8,200})[»\"”]")
_ANSWER_ASKED = re.compile(
    r"(?:^|[\s،,.؛])(?:و|ف)?(?:إيه|ايه|ما|شو|وش|ايش|إيش|شنو|فما|وما)\s+(?:هي\s+|هو\s+)?"
    r"(?:ال)?(?:إجابة|اجابة|إجابه|اجابه|جواب|حل)(?:\s+(?:ال)?(?:نموذجية|نموذجيه|صحيحة|صحيحه|صحيح|صح"
    r"|كاملة|كامله))?(?:\s+(?:بالظبط|بالضبط|بالتحديد))?\s*[؟?!.]*\s*$"
)


# «من وين جبت إن هرقل دفع للجنود رزق سنة؟», «منين جايب انو …»: where did you get that …,
# asked of whoever wrote it: whether the claim is true, which the text can say.
_WHERE_FROM = re.compile(
    r"(?:^|(?<=[\s:：،,]))(?:من\s+وين|منين|من\s+فين|من\s+أين|من\s+اين)\s+"
    r"(?:جبت|جبتو|جبتوا|جبتم|جبتي|جايب|جايبين|جايبه|أتيت|اتيت|جئت)\s+(?:ب)?"
    r"(?:ان|أن|إن|انو|إنو|انه|أنه|إنه)\s+(?=\S+\s+\S)"
)


def unwrap(text: str) -> str:
    """The text with every wrapper around its question removed (unchanged when none)."""
    if "جب" in text or "جاي" in text or "جئت" in text or "تيت" in text:
        text = _WHERE_FROM.sub("هل صحيح أن ", text)
    text = _plain_report(text)
    if _has_no_cue(text):
        return text
    quoted = _QUOTED_QUESTION.search(text)
    if (
        quoted is not None
        and _ANSWER_ASKED.search(text)
        and len(_QUOTED_QUESTION.findall(text)) == 1
    ):
        return quoted.group(1).strip()
    text = _WRAPPER.sub(r"\1", text)
    return _ANSWER_CALL.sub("", text)


def _plain_report(text: str) -> str:
    """«قال الخطيب اليوم إن …» as «سمعت أن …»: only when a teller, place or time was named."""
    match = _REPORT_SETTING.match(text)
    if match is None or match.group(0).split()[1:2] in (["أن"], ["إن"], ["ان"]):
        return text  # (none, or a plain «سمعت أن …» already)
    return f"{match.group(1)}سمعت أن {text[match.end() :]}"


def _has_no_cue(text: str) -> bool:
    """A cheap test first: most messages hold none of the wrappers' words."""
    return not any(cue in text for cue in _CUES)


_CUES = (
    "جاب",  # إجابة، اجابة
    "جواب",
    "حل",
    "تصحيح",
    "يجيب",
    "جيب",
    "جاوب",
    "يرد",
    "ارد",
    "أرد",
    "بحث",
    "فت",
)
