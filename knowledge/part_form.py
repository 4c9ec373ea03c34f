"""The form one cleaned part of a message takes (question, blank, true/false, riddle or
headline) and the text to ask with; whether a bare sentence states something."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.blank_lead_in import sentence_to_complete
from knowledge.char_fold import CharFold
from knowledge.claim_patterns import POINTER_AFTER
from knowledge.function_word_slips import question_word_slip
from knowledge.headline_patterns import HEADLINE_NOUNS
from knowledge.message_models import Form
from knowledge.message_parts import reported_claim
from knowledge.message_patterns import (
    ASKING_WORDS,
    DANGLING_END,
    EITHER_OR_NEAR_END,
    QMARK,
    QUESTION_START,
    QUESTION_WORD,
    REQUEST,
    WHO_WHAT_PRONOUN,
)
from knowledge.normalize import normalize
from knowledge.question_split import AFTER_QMARK, has_question_word
from knowledge.riddle_patterns import (
    RIDDLE_ASK,
    RIDDLE_LEAD,
    RIDDLE_PERSON,
    RIDDLE_PRONOUN,
    RIDDLE_RELATIVE,
    RIDDLE_SUBJECT,
    RIDDLE_WHAT,
    RIDDLE_WHO,
)
from knowledge.sheet_patterns import BLANK_LEAD, BLANK_MARK, TF_LEAD, TF_TAIL
from knowledge.tuning import (
    READING_CACHE_SIZE,
    RIDDLE_MIN_WORDS,
    RIDDLE_SHORT_MIN_WORDS,
    STATEMENT_MIN_WORDS,
)
from knowledge.who_am_i import pause_before_who

# A list that stops on its «و» («… وعمر وعثمان و»): the next item is missing.
# («… وعثمان و ...... وغيرهم»: «and others» may close it)
OPEN_LIST = re.compile(r"\S+\s+و\s*\S+.*\s+و\s*[.…_]*\s*(?:وغيرهم|وغيره|الخ|إلخ)?\s*[.؟?]?$")


_DIALECT_LETTERS = CharFold(str.maketrans({"گ": "ق", "چ": "ك", "ڤ": "ف", "پ": "ب"}))


# «من أسباب الغزوة أن …», «من نتائجها …»: «among the reasons, the results», a statement's
# opening, never «who» (no one asks who the reasons were).
_AMONG_KINDS = re.compile(
    r"^\s*[وف]?من\s+(?:ال)?(?:أسباب|اسباب|نتائج|صعوبات|دروس|عبر|ثمار|ثمرات|آثار|اثار|فوائد)"
    r"(?:ها|\s+\S)"
)


def is_statement(text: str, *, topic_opens: bool = False) -> bool:
    """A bare sentence that states something («رابط النبي بجنوده عند تبوك…»), not a
    headline («أسباب غزوة تبوك»), a request or a question. `topic_opens`: a sentence may open
    with a headline noun («غزوة تبوك آخر غزوات النبي»), as a claim checked by the judge does."""
    words = text.split()
    # («عثمان شگد انطى»: Iraqi «گ/چ» are «ق/ك», as the engine reads them)
    folded = _DIALECT_LETTERS(text)
    # «من» and «ما» inside a sentence are mostly «from» and «not»; only a question word that
    # opens it, or another one anywhere, makes it ask.
    asking = (
        (QUESTION_START.match(folded) and not _AMONG_KINDS.match(folded))
        or WHO_WHAT_PRONOUN.search(text)
        or any(mark in text for mark in QMARK)
    )
    # («لِما أحاط بتكوينه» is «for what», not «why»)
    asking = asking or any(
        match.group(3) not in ("من", "ما", "لما") for match in QUESTION_WORD.finditer(folded)
    )
    # «مبن اللي كان قايد …», «لويم توجه …»: a mistyped question word opening it asks too.
    asking = asking or any(question_word_slip(normalize(word)) for word in words[:1])
    # «غزوة تبوك هي أول غزوة…»: a headline noun followed by «هي/كانت» states something.
    copula = any(word in ("هو", "هي", "هم", "كان", "كانت", "كانوا") for word in words[1:])
    return (
        len(words) >= STATEMENT_MIN_WORDS
        and not asking
        and not any(word in ASKING_WORDS for word in words)
        and words[0] not in ("هو", "هي")  # Egyptian «هو حصل …؟» asks
        and (copula or topic_opens or not HEADLINE_NOUNS.match(text))
        and not REQUEST.match(text)
        and not EITHER_OR_NEAR_END.search(text)
        and not _COMPARED.match(text)
    )


# «الفرق بين غزوة تبوك وغزوة مؤتة», «مقارنة بين …»: two things set side by side to compare,
# never a claim about either (read as one, «الفرق» was «فرقة», Khalid's detachment)
_COMPARED = re.compile(r"^\s*(?:ال)?(?:فرق|فروق|مقارنة|مقارنه)\s+بين\b")


# «ما الغزوة التي …», «وش الغزوة اللي …», «ما هي المعركة التي …»: which expedition, asked first
WHICH_THAT = re.compile(
    r"^\s*(?:ما|ماهي|ما\s+هي|وش|شو|شنو|ايش|إيش|ايه|إيه)\s+(?:هي\s+)?"
    r"(?:الغزوة|الغزوه|المعركة|المعركه)\s+(?:التي|اللي|الي|اللى)\s+\S"
)


@lru_cache(maxsize=READING_CACHE_SIZE)
def is_riddle(text: str) -> bool:
    """A description of events that asks which expedition it was («… ما هي هذه الغزوة؟»),
    and asks nothing more after its question mark («ما الغزوة التي يطلق عليها غزوة العسرة؟
    ولماذا سمي جيشها بهذا الاسم؟» is two questions)."""
    words = text.split()
    if len(words) < RIDDLE_SHORT_MIN_WORDS:
        return False
    described = riddle_described(text)
    # (a title that asks, «منو يعرف؟ غزوة …», is no second question)
    if any(QUESTION_WORD.search(piece) for piece in AFTER_QMARK.split(described)[1:]):
        return False
    if RIDDLE_SUBJECT.match(described) and RIDDLE_WHAT.search(text):
        # («غزوة كانت ضد هوازن وثقيف. اسمها ايه؟»: opened and closed as a riddle, short)
        return True
    if len(words) < RIDDLE_MIN_WORDS:
        return False
    if RIDDLE_ASK.search(text):
        return True
    if RIDDLE_WHO.search(text) and RIDDLE_PERSON.match(described):
        return True  # «أنا رئيس بلدة خضعت لخالد…، من أنا؟»
    # «خرج فيها النبي في رجب…، وش اسمها؟»: told of «it», nothing named before it
    told = RIDDLE_PRONOUN.match(described)
    return bool(
        told and RIDDLE_WHAT.search(text) and not RIDDLE_RELATIVE.search(described[: told.end()])
    )


def riddle_described(text: str) -> str:
    """The description without the title before it: «سؤال المسابقة: غزوة تقهقر فيها…»,
    «لغز للشطار 🤔 غزوة ما صار فيها…» (not «غزوة نزل فيها قوله تعالى: (…)», opened as one)."""
    if RIDDLE_SUBJECT.match(text):
        return text
    if ":" in text[:60]:
        return text.split(":", 1)[-1]
    lead = RIDDLE_LEAD.match(text)
    return text[lead.end() :] if lead else text


def detect_form(text: str, mode: Form | None) -> tuple[Form, str, bool]:
    """The form of one cleaned part, the text to ask with, and whether it was marked."""
    text = pause_before_who(text)  # («… نصف مالي… من أنا؟»: a pause, no blank)
    led_in = sentence_to_complete(text)
    if led_in is not None:
        # «هذه الجملة: «قدم أبو بكر ……» ما الكلمة الناقصة؟»: the words around the quoted
        # sentence are no part of it
        return Form.BLANK, mark_blank(led_in), True
    blank_lead = BLANK_LEAD.match(text)
    if blank_lead is not None and blank_lead.end() > 0 and blank_lead.end() < len(text):
        # «أكمل: تقهقر الروم … ليتخذوا موقف ( )»: the box after «أكمل» is the blank
        return Form.BLANK, mark_blank(text[blank_lead.end() :]), True
    tail = TF_TAIL.search(text)
    if tail is not None and tail.start() > 0:
        claim = POINTER_AFTER.sub("", text[: tail.start()].strip())
        # («ضع علامة ✓ أو ✗: … ( )»: the instruction before, the box after)
        lead = TF_LEAD.match(claim) or MARK_INSTRUCTION.search(claim) or _SOURCE_LABEL.match(claim)
        if lead is not None and 0 < lead.end() < len(claim):
            claim = claim[lead.end() :].strip()
        return Form.TRUE_FALSE, reported_claim(claim), True
    lead = TF_LEAD.match(text) or MARK_INSTRUCTION.search(text)
    if lead is not None and lead.end() > 0 and lead.end() < len(text):
        return Form.TRUE_FALSE, reported_claim(text[lead.end() :].strip()), True
    answer_line = _ANSWER_LINE.match(text)
    if answer_line is not None:
        # «منو اللي خلص الجيش بمؤتة؟ الجواب ......»: the question, then room for its answer
        return Form.QUESTION, answer_line.group(1).strip(), False
    if BLANK_MARK.search(text):
        return Form.BLANK, mark_blank(text), True
    if is_riddle(text):
        return Form.RIDDLE, text, True
    if mode is Form.TRUE_FALSE:
        return Form.TRUE_FALSE, text, True
    if mode is Form.BLANK:
        return Form.BLANK, mark_blank(text), True
    if OPEN_LIST.search(text):
        # «من الذين قدموا أموالهم أبو بكر وعمر وعثمان و»: a list stopped on its «و»
        return Form.BLANK, mark_blank(text), True
    if has_question_word(text) and not is_statement(text):
        # («كانت غزوة تبوك ضد الروم ومن حالفها من الغساسنة» states: «من» is «from»)
        return Form.QUESTION, text, False
    if DANGLING_END.search(text.rstrip(" .:")):
        return Form.BLANK, mark_blank(text), False
    return Form.HEADLINE, text, False


# «ابني حل هذا وأبغى أتأكد: ضع (✓) أو (✗): …», «ضع ✓ أو ✗: …»: the instruction to mark,
# closed by its colon, after a parent's or a teacher's words too; the statement follows it.
MARK_INSTRUCTION = re.compile(
    r"(?<!\S)(?:ضع|ضعي|اضع|أضع)\s+(?:علامة|علامه|إشارة|اشارة|اشاره|[\(\[]?\s*[✓✔√✗✘×✅❌])"
    r"[^:：\n]{0,60}[:：]"
)


# «بارك الله فيكم سؤال من كتاب ولدي: كان الوصول … ( )», «سؤال الواجب: …»: where the statement
# was found, closed by its colon, before a statement marked after it; no part of the claim.
_SOURCE_LABEL = re.compile(
    r"^[^:：\n]{0,50}?(?<!\S)(?:(?:سؤال|السؤال)\s+)?(?:من\s+)?(?:ال)?(?:ورق[ةه]|كراس[ةه]|كتاب"
    r"|ملزم[ةه]|دفتر|امتحان|اختبار|مسابق[ةه]|منهج|درس|واجب|نشاط)(?:\s+[^\s:：()؟?]+){0,3}"
    r"\s*[:：]\s*(?=\S+\s+\S)"
)


_ANSWER_LINE = re.compile(
    r"^(.+[؟?])\s*(?:الجواب|الاجابة|الإجابة|الاجابه|الإجابه|ج)\s*[:：\-–]?\s*(?:\.{2,}|…+|_{2,})\s*$"
)


def mark_blank(text: str) -> str:
    """The sentence with each blank as «…» (a dangling end gets one at the end)."""
    marked = BLANK_MARK.sub(" … ", text)
    marked = " ".join(marked.split())
    if "…" not in marked:
        marked = marked.rstrip(" .:") + " …"
    return marked
