"""A question pasted with the asker's own answer, and a check of that answer.

Teachers and students paste an exam question, then the answer they wrote, and ask whether it
holds: «السؤال: علل … جوابي: … صح؟», «وضّح … إجابتي: … هل هي كافية أم ناقصة؟», «… نموذج
إجابتي: … هل تكفي للدرجة الكاملة؟», a key letter under options («المفتاح عندي: (أ)»), or a
mark put before a statement («وضعت (✓) أمام العبارة: «…». تأكيد»). Read whole, the answer's
words decide the fact and the check («هل أضيف شيئا؟») is read as a question of its own; what is
asked is the question, then a verdict on the answer given to it.

This module only reads: it finds the question, the answer given and the check, and says what
kind of answer it is (a free text, an option's label or text, a true/false mark).
knowledge/proposed_checks.py answers the question and judges the answer where it can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.sheet_patterns import TF_INSTRUCTION

# What the asker says they answered, ending where the answer begins: «جوابي:», «إجابتي:»,
# «نموذج إجابتي:», «كتبت:», «وجاوبت:», «الإجابة التي اعتمدتها:», «المفتاح عندي:», «حطيت في
# المفتاح». (Only with a colon, or a key's own words, so «كتبت بحثا عن …» is no answer told.)
_MY = r"(?:[وف]?(?:نموذج\s+)?(?:[إاأ]جابتي|جوابي|[إاأ]جابتنا|جوابنا|مفتاحي))"
_WROTE = r"(?:[وف]?(?:كتبت|كتبتها|كتبته|جاوبت|[أا]جبت|حليت|حلّيت|اعتمدت|وضعت|حطيت|اخترت|[إا]خترت))"
# A pupil a teacher or a parent tells of: «الطالب», «ابني», «أحد الطلاب».
_PUPIL = (
    r"(?:(?:ال)?(?:طالب|طالبة|طالبه|تلميذ|تلميذة|تلميذه)|[وف]?(?:ابني|بنتي|ابنتي|ولدي"
    r"|[أا]حد\s+الطلاب|[إا]حدى\s+الطالبات))"
)
_MARKER = re.compile(
    r"(?:^|[\s،,.؟?!\n])(?:"
    # «جوابي:», «إجابتي كانت:», «نموذج إجابتي:», «جوابي في النموذج:»
    rf"{_MY}(?:\s+(?:كانت|كان|هي|هو|في\s+النموذج|في\s+المفتاح|في\s+الورقة|فيه|فيها)){{0,2}}\s*[:：]"
    # «كتبت:», «وكتبت فيه:», «وجاوبت:», «حطيت في المفتاح»
    rf"|{_WROTE}(?:\s+(?:فيه|فيها|في\s+(?:المفتاح|النموذج|نموذج\s+ال[إا]جابة|الورقة|الاختبار|الحل)"
    r"|[أا]نا|له|لها|لهم)){0,2}(?:\s*[:：]|(?=\s*[(\[]?\s*[أابجدهـ]\s*[)\]]))"
    # «الإجابة التي اعتمدتها:», «والجواب اللي كتبته:»
    r"|[وف]?(?:ال[إا]جابة|الجواب|الحل)\s+(?:التي|الذي|اللي|الي)\s+"
    r"(?:اعتمدتها|اعتمدته|كتبتها|كتبته|وضعتها|وضعته|حطيتها|حطيته|اخترتها|اخترته)\s*[:：]?"
    # «الإجابة اللي عندي في المفتاح:», «الجواب الذي في النموذج:»
    r"|[وف]?(?:ال[إا]جابة|الجواب|الحل)\s+(?:التي|الذي|اللي|الي)\s+(?:عندي|عندنا|في)"
    r"(?:\s+(?:في\s+)?(?:المفتاح|النموذج|الورقة|الكتاب)){0,1}\s*[:：]"
    # a pupil's answer a teacher or a parent checks: «الطالب كتب:», «ابني جاوب:»
    rf"|{_PUPIL}"
    r"\s+(?:كتب|كتبت|جاوب|جاوبت|[أا]جاب|[أا]جابت|اختار|اختارت|حل|حلت)"
    r"(?:\s+(?:في|فى)\s+(?:الورقة|الاختبار|الامتحان|الواجب|الحل)){0,1}\s*[:：]"
    # right after the question's mark, no colon needed: «…؟ وأنا جاوبت لأنه …», «…؟ كتبت رجب»
    r"|(?<=[؟?])\s*[وف]?(?:[أا]نا\s+)?(?:جاوبت|كتبت|[أا]جبت|حطيت|اخترت)(?:\s+(?:فيه|فيها))?"
    r"(?:\s*[:：]|\s+(?:ب|بـ)?(?=\S))"
    # «المفتاح عندي:», «مفتاح الإجابة عندي:», «في المفتاح عندي»
    r"|(?:في\s+)?(?:مفتاح\s+ال[إا]جابة|المفتاح)\s+(?:عندي|عندنا)\s*[:：]?"
    r")"
)
# The check that closes the message: whether the answer holds, is enough, needs more.
# (a word judging the answer asks only when the message ends asking, «… غلط؟»; «… ومتأكد غلط»
# tells; a request to confirm asks however it ends: «تأكيد لو سمحتوا», «أبي أتأكد قبل ما أطبع»)
_CHECK = re.compile(
    r"(?<![^\s،,.؟?!:«(])(?:هل\s+(?:\S+\s+){0,2})?[وف]?(?:(?:صح|صحيح|صحيحة|صحيحه|سليمة|سليمه"
    r"|كافية|كافيه|كافي|ناقصة|ناقصه|كاملة|كامله|دقيقة|دقيقه|مضبوط|مضبوطة|غلط|خطأ|خطا|[أا]ضيف"
    r"|تكفي|يكفي|ما\s+في\s+الدرس|ما\s+في\s+الكتاب|يوافق|توافق|مطابق|مطابقة|ناقص|دقيق|صائب"
    r"|صائبة|سليم|مقبول|مقبولة|ينفع|يصلح)(?:\s+\S+){0,6}\s*[؟?][؟?!.]*\s*$"
    r"|(?:[أا]عتمدها|[أا]عتمده|[أا]تأكد|اتاكد|تأكيد|تاكيد|تأكدو|تاكدو|تأكدوا|تاكدوا|الدرجة|الدرجه"
    r"|[أا]عطيه|[أا]عطيها)(?:لي|لنا|ي)?(?:\s+\S+){0,6}\s*[؟?!.]*\s*$)"
)
# A mark put before a statement: «وضعت (✓) أمام العبارة:», «حطيت ✓ قدام:», «كتبت (✗) أمام».
_MARK = re.compile(
    rf"^(?P<lead>.*?){_WROTE}(?:\s+(?:في\s+(?:مفتاح\s+ال[إا]جابة|المفتاح|نموذج\s+ال[إا]جابة"
    r"|ورقة\s+العمل|الورقة)|علامة|علامه)){0,2}"
    r"\s*[(\[]?\s*(?P<mark>[✓✔✅☑✗✘❌×]|صح|خطأ|خطا|غلط)\s*[)\]]?"
    r"(?:\s+(?:في\s+(?:مفتاح\s+ال[إا]جابة|المفتاح|نموذج\s+ال[إا]جابة|ورقة\s+العمل|الورقة)))?"
    r"\s+(?:[أا]مام|قدام|جنب|على|عند)(?:\s+(?:العبارة|العباره|الجملة|الجمله|عبارة|جملة))?\s*[:：]?"
    r"\s*(?P<claim>.+)$",
    re.DOTALL,
)
# A verdict told after a true/false claim: «صح أم خطأ: … . جاوبت صح، هل أنا صح؟».
_TOLD_MARK = re.compile(
    rf"^(?P<claim>.+?)[\s.،,]+(?:{_WROTE}|{_PUPIL}\s+(?:كتب|كتبت|جاوب|جاوبت|حط|حطت|وضع|وضعت))"
    r"(?:\s+(?:عليها|عليه|فيها))?\s*[:：]?"
    r"\s*[(\[]?\s*(?P<mark>[✓✔✅☑✗✘❌×]|صح|خطأ|خطا|غلط)\ufe0f?\s*[)\]]?\s*[.،,]?\s*$",
    re.DOTALL,
)
_TRUE_MARKS = frozenset({"✓", "✔", "✅", "☑", "صح"})


def marks_true(mark: str) -> bool:
    """Whether a mark put before a statement says it is true («✓», «صح»)."""
    return mark in _TRUE_MARKS


# A quoted question or statement: «…», "…".
_QUOTED = re.compile(r"[«\"“](?P<inner>[^«»\"“”]{6,})[»\"”]")
# A label on the question that only names it («السؤال:», «سؤال الاختبار:», «في نموذج الإجابة:»).
_QUESTION_LABEL = re.compile(
    r"^\s*(?:في\s+)?(?:ال)?(?:سؤال|السؤال|نموذج\s+ال[إا]جابة|المفتاح)"
    r"(?:\s+(?:في|من|ب)?\s*(?:ال)?(?:اختبار|كتاب|ورقة\s+العمل|الورقة|الامتحان|المفتاح)){0,2}\s*[:：]\s*"
)
# An option's label given as the answer: «(أ)», «ب», «ج)», «A».
_LABEL = re.compile(r"^\s*[(\[]?\s*(?P<label>[أابجده]|هـ|[A-Da-d]|[1-4١-٤])\s*[)\]]?\s*[.،,]?\s*$")


@dataclass(frozen=True, slots=True)
class ProposedAnswer:
    """A question and the answer its asker gave it."""

    question: str
    answer: str
    # For a mark before a statement: True for «✓/صح», False for «✗/خطأ»; None otherwise.
    mark: bool | None = None

    @property
    def label(self) -> str | None:
        """The option's label when the answer is only a label («(أ)»)."""
        match = _LABEL.match(self.answer)
        return match.group("label") if match else None


def _question_of(before: str) -> str:
    """The question told before the answer: a quoted one, else the words less their label."""
    quoted = _QUOTED.search(before)
    if quoted is not None and "\n" not in before[quoted.end() :].strip():
        return quoted.group("inner").strip()
    # (a blank's dots at its end are no punctuation: «أكمل: سمي بجيش ……… جوابي: …»)
    return re.sub(r"(?<!\.)\.$", "", before.strip(" \n،,"))


def proposed_answer(text: str) -> ProposedAnswer | None:
    """The question, the answer given and its mark, when the message pastes a question with
    its asker's own answer and asks whether that answer holds; None otherwise."""
    check = _CHECK.search(text)
    body = text if check is None else text[: check.start()]
    told = _TOLD_MARK.match(body) if check is not None else None
    if told is not None and TF_INSTRUCTION.search(told.group("claim")):
        # (the claim under its instruction, the verdict the asker gave it after)
        claim = TF_INSTRUCTION.sub("", told.group("claim"))
        claim = re.sub(r"^\s*(?:ضع|ضعي|اضع|أضع)?\s*[:：]?", "", claim).strip(" \n:：،,.")
        if len(claim.split()) >= 3:
            return ProposedAnswer(claim, told.group("mark"), told.group("mark") in _TRUE_MARKS)
    mark = _MARK.match(body)
    if mark is not None:
        claim = mark.group("claim")
        quoted = _QUOTED.search(claim)
        statement = quoted.group("inner") if quoted else claim
        statement = statement.strip(" \n،,.")
        if len(statement.split()) >= 3:
            return ProposedAnswer(statement, mark.group("mark"), mark.group("mark") in _TRUE_MARKS)
    markers = list(_MARKER.finditer(body))
    if not markers:
        return None
    found = markers[-1]
    before = text[: found.start()]
    answer = body[found.end() :].strip(" \n،,.")
    question = _question_of(before)
    if not answer or len(question.split()) < 3:
        return None
    if check is None and (_LABEL.match(answer) is None or "\n" not in before.strip()):
        # (with no check asked, only a key's label on a line under the options is a key)
        return None
    if _QUOTED.search(before) is None:
        question = _QUESTION_LABEL.sub("", question, count=1)
    return ProposedAnswer(question.strip(), answer)
