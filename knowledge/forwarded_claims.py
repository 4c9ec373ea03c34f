"""Forwarded and quoted claims asked about: each sentence forwarded is a statement to judge.

People paste what reached them and ask whether it holds: a WhatsApp forward («منقول
للفائدة: …\\nهل الكلام دقيق؟», «وصلتني رسالة فيها: «…». صحيح؟», «انشرها تؤجر 🌷\\n…»), a
post («رسالة منتشرة تقول إن …، ما صحتها؟»), a contestant's answer («المتسابق قال إن …،
هل فعلاً هذا ما حدث؟»). Read as they stand, the wrapper is a headline and the check
(«هل الكلام دقيق؟») a question about «الكلام». Neither names anything of Tabuk: what is
asked is a verdict on what was forwarded. This module finds the wrapper and the check and
returns the sentences between them, each read as a true/false part (knowledge/statements.py
judges each one, and leaves unsettled a detail the text does not state).

Only a message with both a wrapper that says the words came from elsewhere and a check
that asks whether they hold is read so; a claim with only one of them is left to the
readings that already know it (knowledge/message_parts.py: «… صح؟», «سمعت أن …»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.answer_keys import read_numbers
from knowledge.question_split import has_question_word
from knowledge.tuning import AFTER_CHECK_MAX_WORDS, REPORTED_CLAIM_MIN_WORDS

_THAT = r"(?:انو|إنو|انه|أنه|إنه|بأن|بان|إن|ان|أن)(?=\s|$)"
_MEDIUM = (
    r"(?:رسالة|رساله|رسائل|مسج|مسجات|بوست|منشور|مقطع|فيديو|فديو|تغريدة|تغريده|ستوري|برودكاست"
    r"|بودكاست|فويس|صورة|صوره|تعليق|كلام|ورقة|ورقه|الورقة|الورقه)"
)
_TELLS = (
    r"(?:فيها|فيه|تقول|يقول|بتقول|بيقول|مكتوب|مكتوبة|مكتوبه|كاتب|كاتبين|تذكر|يذكر|مضمونها|نصها"
    r"|يحكي|تحكي)"
)
# Where the words came from: forwarded («منقول»), received («وصلتني رسالة فيها»), spread
# («رسالة منتشرة تقول إن»), sent on («بعتولي انو»), a contestant's answer («المتسابق قال
# إن»), said or written («قلت:», «ذكر أحد الخطباء أن», «سمعت أن»). Each ends where the
# claim begins.
_WRAPPER = re.compile(
    r"^\s*[*_~]*\s*(?:"
    # «انشرها تؤجر 🌷» on the line above what it forwards
    r"(?:انشرها|انشر|أنشرها|شاركها)\s+(?:تؤجر|تؤجروا|ولك\s+الأجر|ولك\s+الاجر)[^\n]*\n"
    r"|"
    # «منقول», «منقوووول», «*منقول*», «منقول للفائدة:», «منقول من قروب العائلة:»
    r"منقو+ل(?:\s+(?:للفائدة|للفائده|للأمانة|للامانة|للامانه|كما\s+وصلني|كما\s+وصل))?"
    r"(?:\s+(?:من|عن)(?:\s+[^\s:：\n]+){1,3}(?=\s*[:：\n]))?"
    # «وصلتني رسالة فيها:», «جاني مسج على الواتس يقول إن»
    r"|(?:وصلتني|وصلني|وصلتنا|وصلنا|جاتني|جاني|جتني|اجتني|اجاني|إجتني|وصلتلي|نزلت|نزل)\s+"
    rf"{_MEDIUM}(?:(?:\s+[^\s:：\n]+){{0,4}}?\s+{_TELLS}(?:\s+{_TELLS})?(?:\s+{_THAT})?)?"
    # «رسالة منتشرة تقول إن», «في منشور مكتوب ان», «فيه مقطع يقول ان»
    # («الإجابة في الورقة تقول:»: a word or two may name what the medium holds)
    rf"|(?:[^\s:：\n]+\s+){{0,2}}?{_MEDIUM}(?:\s+[^\s:：\n]+){{0,4}}?"
    rf"\s+{_TELLS}(?:\s+{_TELLS})?(?:\s+{_THAT})?"
    # «بعتولي انو», «أرسلوا لي في القروب أن», «انتشر في القروب إن»
    r"|(?:بعتولي|بعتلي|بعتتلي|بعثولي|بعثلي|بعتوا\s+لي|ارسلولي|أرسلوا\s+لي|ارسلوا\s+لي|أرسل\s+لي"
    r"|ارسل\s+لي|حولولي|حوّلولي|انتشر|ينتشر|منتشر|يتداولون|يتداول|بيتداولوا|متداول)"
    rf"(?:\s+[^\s:：\n]+){{0,4}}?\s+{_THAT}"
    # «المتسابق قال إن», «في برنامج المسابقات المتسابقة جاوبت أن», «الضيف قال:»
    r"|(?:[^\s:：\n]+\s+){0,4}?(?:المتسابق|المتسابقه|المتسابقة|المشترك|المشتركة|المشتركه|الفائز|الضيف|المقدم|المذيع)"
    r"(?:\s+[^\s:：\n]+){0,3}?\s+(?:قال|قالت|جاوب|جاوبت|أجاب|اجاب|أجابت|اجابت|رد|ردت)"
    rf"(?:\s+(?:بأن|بان|إن|ان|أن|انو|إنو)|\s*[:：])"
    # «في خطبتي قلت: إن», «ذكر أحد الخطباء أن», «جاوبت:»: what someone said or wrote
    # (never «قال الله تعالى:», «قال النبي:»: a verse or a saying quoted is no claim told)
    r"|(?:[^\s:：\n]+\s+){0,4}?(?:قلت|قال|قالت|قالوا|قالو|كتبت|كتب|جاوبت|أجبت|اجبت|ذكر|ذكرت"
    r"|سمعت|قرأت|قريت)(?!\s+(?:الله|تعالى|النبي|الرسول)\b)"
    rf"(?:\s+[^\s:：\n]+){{0,3}}?(?:\s*[:：](?:\s*{_THAT})?|\s+{_THAT})"
    # «في المسابقه قالو خالد …»: a contest's question told without «that»
    r"|(?:في\s+)?(?:المسابقة|المسابقه|مسابقة|مسابقه|البرنامج|برنامج)(?:\s+[^\s:：\n]+){0,2}?"
    rf"\s+(?:قالوا|قالو|قال|قالت|سألوا|سالوا|سالو)(?:\s+{_THAT})?(?=\s)"
    # «ترند اليوم:», «#غزوة_تبوك،»: a trend or a hashtag heading the post
    r"|(?:ترند|تريند|هاشتاق|هاشتاغ)(?:\s+[^\s:：\n]+){0,2}?\s*[:：]|#\S+[،,]?"
    r")\s*[:：\-–]?\s*"
)
# «انشرها تؤجر 🌷», «انشرها ولك الأجر», «لا تجعلها تقف عندك»: the forward's plea, no claim.
_PLEA = re.compile(
    r"(?:^|[\s.،,…])(?:انشرها|انشر|أنشرها|شاركها|ارسلها|أرسلها)\s+(?:تؤجر|تؤجروا|ولك\s+الأجر"
    r"|ولك\s+الاجر|ولكم\s+الأجر|ولكم\s+الاجر|في\s+ميزان\s+حسناتك)[^\n.]*"
    r"|(?:^|[\s.،,…])لا\s+تجعلها\s+تقف\s+عندك[^\n.]*"
)
# «والمقدم قال إجابة صحيحة», «والمذيع قال صح»: the host's verdict on the answer told, no claim.
_HOST_VERDICT = re.compile(
    r"[،,.\s]*و?(?:المقدم|المذيع|المقدمة|الحكم|اللجنة|اللجنه|المعلم|المعلمة)\s+"
    r"(?:قال|قالت|قالوا|اعتبر|اعتبرها|حسبها|حسبوها)\s+(?:ان\s+|إن\s+|أن\s+)?(?:ها\s+)?"
    r"(?:(?:إجابة|اجابة|اجابه|الإجابة|الاجابة|جواب|الجواب|كلامه)\s+)?"
    r"(?:صحيحة|صحيحه|صحيح|صح|صائبة|صائبه|خاطئة|خاطئه|خطأ|خطا|غلط)\b[^؟?\n.،,]*"
)
_FIGURES = r"(?:العدد|الرقم|الأرقام|الارقام|الأعداد|الاعداد|أعداد|اعداد|عدد)"
# The check that asks whether the words hold («هل الكلام دقيق؟», «ما صحتها؟», «صحيح؟»,
# «هل فعلاً هذا ما حدث؟»), at the end of the message, with what may follow it («الجزئيتين»,
# «كم بعير بالضبط؟»). Group «figures» says the check asks about the figures told.
_CHECK = re.compile(
    r"[\s.،,…:]*(?:"
    r"[وف]?(?:هل\s+)?(?:هذا\s+|هذه\s+|هذي\s+|هاد\s+|هاي\s+|ده\s+|دي\s+)?"
    r"(?:(?P<figures>" + _FIGURES + r"(?:\s+ال\S+)?)|الكلام|كلام|المعلومة|المعلومه|المعلومات"
    r"|العبارة|العباره|الجملة|الجمله"
    r"|الخبر|المنشور|الرسالة|الرساله|التاريخ|هالكلام|هالحكي|الحكي|هذا|هذه|ذلك|هذي|ده|دا|دي|هاد"
    r"|هاي)(?:\s+(?:هذا|هذه|ده|دي))?\s+"
    r"(?:صحيح|صحيحة|صحيحه|صحيحين|صح|دقيق|دقيقة|دقيقه|ثابت|ثابتة|ثابته|مضبوط|مظبوط|حقيقي"
    r"|حقيقية|صدق|سليم|سليمة)(?!\w)(?:\s+(?:فعلا|فعلاً|ولا\s+لا|ام\s+لا|أم\s+لا|ولا\s+غلط))?"
    r"|[وف]?(?:ما|وما|شو|ايش|إيش|وش|شنو)\s+(?:مدى\s+)?(?:صحة|صحه)\s*(?:\S+)?"
    r"|[وف]?(?:ما|وما|شو|ايش|إيش|وش|شنو)\s+(?:صحتها|صحته|صحتهم)"
    r"|(?:صح|صحيح|صحيحة|صحيحه|صدك|صج|مضبوط|مظبوط)\s+(?:هالكلام|هالحجي|هالحكي|هذا\s+الكلام|الكلام)"
    r"|[وف]?هل\s+(?:فعلا|فعلاً|حقا|حقاً)\s+(?:هذا|هذه|ده|دا|هاد)\s+(?:ما|اللي|الذي)\s+"
    r"(?:حدث|حصل|صار|جرى|وقع)"
    r"|[وف]?هل\s+(?:هذا|هذه|ده|هاد)\s+(?:ما|اللي|الذي)\s+(?:حدث|حصل|صار|جرى|وقع)"
    r"(?:\s+(?:فعلا|فعلاً|حقا|حقاً))?"
    r"|[وف]?هل\s+(?:جوابه|جوابها|اجابته|إجابته|اجابتها|كلامه|كلامها)\s+(?:صح|صحيح|صحيحة|صحيحه)"
    # «اخترت صح، اجابتي سليمه؟», «جوابي صح؟»: the user's own answer to check
    r"|(?:اخترت\s+(?:صح|صحيح|خطأ|خطا|غلط)[،,\s]+)?(?:هل\s+)?(?:اجابتي|إجابتي|جوابي)\s+"
    r"(?:سليمة|سليمه|صحيحة|صحيحه|صح|صحيح|مضبوطة|مظبوطة|مضبوطه|مظبوطه)"
    # «أظن هذا خطأ؟», «اعتقد انه صح؟»: what the user thinks, asked
    r"|(?:اظن|أظن|اعتقد|أعتقد|احس|أحس)\s+(?:(?:هذا|هذه|ده|دا|انه|أنه|إنه|الكلام)\s+)?"
    r"(?:خطأ|خطا|غلط|صح|صحيح)"
    # «اعتمدها؟» (the model answer): shall it be relied on
    r"|(?:اعتمدها|أعتمدها|اعتمده|أعتمده|نعتمدها|نعتمده)"
    # «✔️ ولا ❌ ؟», «✅» closing the post
    r"|[✓✔√✅]\ufe0f?(?:\s*(?:ولا|أو|او|أم|ام|/)?\s*[❌✗✘×]\ufe0f?)?"
    r"|(?:صح|صحيح|صدق|صدك|صج|مضبوط|مظبوط)(?:\s+(?:ولا|لو|أم|ام|او|أو)\s+"
    r"(?:لا|لأ|غلط|خطأ|خطا|غالط|(?:انا|أنا)\s+(?:غلطان|غلطانة|غلطانه|مخطئ|مخطئة|مخطئه)))?"
    r"(?=\s*[؟?])"
    r")(?!\w)\s*[؟?!]*(?P<rest>[^\n]*)\s*$"
)
# Where one forwarded sentence ends and the next begins: a full stop, a line, an ellipsis, a
# semicolon, or a comma before a clause opened by «و» («…، وبعدها توالت الوفود …»).
# (Not at «وبعدها» with no comma: «تبوك آخر غزوات النبي وبعدها فتح مكة» is one claim, false
# as a whole though its first clause is true.)
# «وفيها» (and in it) opens a claim of its own about the expedition the sentence before
# named, with no comma too («… آخر غزوات النبي وفيها قدم أبو بكر ماله كله»).
_SENTENCE_BREAK = re.compile(
    r"\s*(?:[.!؛;…\n]+|\.{2,})\s*|\s*[،,]\s*(?=و\S|ف(?!ي\s)\S)"
    r"|\s+(?=و(?:فيها|فيه)\s)"
)
# Before «و» opening a piece that gives a figure of its own: «وكان الروم أربعين ألفا
# والمسلمون ثلاثين ألفا» tells two sides' numbers, each checked on its own.
_AND = re.compile(r"\s+(?=و\S)")
_QUOTES = re.compile(r"[«»\"“”„‟'‘’]")


@dataclass(frozen=True, slots=True)
class Forwarded:
    """The sentences a forwarded message claims, and a question asked after its check."""

    claims: tuple[str, ...]
    question: str = ""


def forwarded(text: str) -> Forwarded | None:
    """The claims of a message made of a wrapper, what it forwards, and a check, else None."""
    wrapper = _WRAPPER.match(text)
    if wrapper is None or wrapper.end() >= len(text):
        return None
    body = _HOST_VERDICT.sub(" ", text[wrapper.end() :])
    check = _last_check(body)
    if check is None:
        return None
    rest = check.group("rest").strip(" ؟?!.،,")
    question = rest if rest and has_question_word(rest) else ""
    told = _PLEA.sub(" ", _QUOTES.sub(" ", body[: check.start()]))
    claims = [
        _LEADING_MARKS.sub("", piece).strip(" ،,:*-–")
        for piece in _SENTENCE_BREAK.split(told)
        if len(piece.split()) >= REPORTED_CLAIM_MIN_WORDS
    ]
    if check.group("figures"):
        # «هل أعداد الفريقين صحيحة؟», «هل هذا الرقم صحيح؟»: only the sentences giving a figure
        # are asked about («فلما سمع الروم … تفرقوا» is not checked).
        # (a figure not read as one, «بمائتي أوقية», leaves every sentence asked about)
        figures = [piece for claim in claims for piece in _per_figure(claim)]
        claims = [piece for piece in figures if _gives_figure(piece)] or claims
    if not claims:
        return None
    return Forwarded(tuple(claims), question)


def _gives_figure(text: str) -> bool:
    numbers, years = read_numbers(text)
    return bool(numbers or years)


def _per_figure(claim: str) -> list[str]:
    """A sentence cut before each «و» that opens a piece with a figure of its own, when the
    piece before it has one too («… أربعين ألفا والمسلمون ثلاثين ألفا»)."""
    pieces = _AND.split(claim)
    cut: list[str] = []
    for piece in pieces:
        # («وثلاثمائة بعير»: the figure opening the piece is one more of the same subject)
        own_subject = not _gives_figure(piece.split()[0])
        if cut and own_subject and _gives_figure(piece) and _gives_figure(cut[-1]):
            cut.append(piece)
        elif cut:
            cut[-1] = f"{cut[-1]} {piece}"
        else:
            cut.append(piece)
    return cut


# Emoji and marks a forward opens a sentence with («🌹 كانت غزوة تبوك …»).
_LEADING_MARKS = re.compile(r"^[^\w«]+")


def _last_check(body: str) -> re.Match[str] | None:
    """The check closing the message, on its last line: the first place there from which the
    rest of the line is a check, with at most a short word or a question after it."""
    line_start = body.rfind("\n") + 1
    starts = [line_start] + [
        line_start + m.start() for m in _WORD_START.finditer(body[line_start:])
    ]
    for start in starts:
        found = _CHECK.fullmatch(body, start)
        if found is None:
            continue
        rest = found.group("rest").strip()
        if len(rest.split()) <= AFTER_CHECK_MAX_WORDS or rest.endswith(("؟", "?")):
            return found
    return None


# A word's first letter after a space or a sentence mark: where a check may begin on the
# line of the claim («… وهزمهم، ما صحتها؟»).
_WORD_START = re.compile(r"(?<=[\s.،,…:])(?=\S)")
