"""Exam-sheet headings as knowledge/message.py meets them line by line: a true/false
instruction with nothing left to judge, a heading over claims, a question's ordinal, a
section of questions, a stem made of verdict words."""

from __future__ import annotations

import re

from knowledge.claim_patterns import VERDICT_WORDS
from knowledge.claim_runs import CLAIMS_HEADING
from knowledge.normalize import normalize
from knowledge.sheet_patterns import TF_INSTRUCTION

# Patterns compiled once: some are long alternations that would be compiled again whenever
# the re module's small cache evicts them (about 8 ms each time).
_STATEMENTS_WORDS = re.compile(
    r"(أمام|امام|مقابل)?\s*(العبارات|العبارة|الجمل|الجملة)\s*(التالية|التاليه|الآتية|الاتية)?"
)
_TF_SIGNS = re.compile(r"[\(\)\[\]:：\-–/✓✔√✗✘×]|(?<!\S)(أو|او|أم|ام)(?!\S)")
# The words a true/false instruction is made of («ضع علامة (✓) أمام العبارة الصحيحة وعلامة
# (✗) أمام الخاطئة فيما يلي»): a line of nothing else holds no statement to judge.
_TF_INSTRUCTION_WORDS = frozenset(
    normalize(word)
    for word in (
        "ضع ضعي أضع اضع علامة علامه وعلامة وعلامه إشارة اشارة وإشارة واشارة صح صحيح خطأ خطا"
        " غلط صواب أمام امام مقابل العبارة العباره العبارات الجملة الجمله الجمل الصحيحة"
        " الصحيحه والخاطئة والخاطئه الخاطئة الخاطئه التالية التاليه الآتية الاتية فيما مما يلي"
        " يأتي ياتي كل عبارة عباره جملة جمله و أو او أم ام مع تصحيح الخطأ الخطا وصحح صحح"
        # («ده سؤال صح وغلط من الامتحان:»: a chatty heading, nothing to judge)
        " سؤال أسئلة اسئلة ده دي هذا هذه الامتحان امتحان الاختبار اختبار وغلط وخطأ"
        # («أجب بصح أو خطأ» on the message's only line: the instruction alone)
        " أجب اجب أجيبي اجيبي ب"
    ).split()
)


# «س2:», «السؤال 3»: a line numbered as a question is an item of a worksheet, not an option.
QUESTION_ORDINAL = re.compile(
    r"^\s*(?:السؤال|سؤال)\s+(?:الأول|الاول|الثاني|الثالث|الرابع|الخامس|السادس)\s*[:：\-\.]\s*(?=\S)"
)


def asks_true_or_false(stem: str) -> bool:
    """«صح لو خطأ:»: a stem made of verdict words heads statements to judge, not options."""
    words = stem.strip(" :：").split()
    return bool(words) and all(w in VERDICT_WORDS or w in _OR_WORDS for w in words)


# «أم/أو/ولا/لو» between the verdict words of a true/false heading.
_OR_WORDS = frozenset("أم ام أو او ولا لو".split())


def heads_claims(line: str, later: list[str]) -> bool:
    """«هل العبارات التالية صحيحة؟», «حدد الصواب من الخطأ:» on a short line of its own over
    two lines or more: the claims below it are judged."""
    return (
        CLAIMS_HEADING.search(line) is not None
        and len(line.split()) <= _MAX_HEADING_WORDS
        and sum(1 for one in later if one.strip()) >= 2
    )


_MAX_HEADING_WORDS = 8

# A sheet's heading that opens a section of questions («أجب عن الأسئلة التالية:», «السؤال
# الثاني», «س٣»), not a line of marks («(5 درجات)»).
ANSWER_SECTION = re.compile(
    r"[أاإ]?جي?بي?\s+(?:عن|عما|عمّا|على)|(?:^|\s)(?:ال)?سؤال(?:\s|$)|^\s*س\s*[0-9٠-٩]"
)


def strip_tf_instruction(line: str, *, alone: bool = False) -> str:
    """A true/false instruction line, minus the instruction: is anything left to judge?
    On a message's only line two words are a statement («الروم انسحبوا، صح أم خطأ؟»): no
    lines below it for the line to head."""
    rest = TF_INSTRUCTION.sub("", line)
    rest = _STATEMENTS_WORDS.sub("", rest)
    rest = _TF_SIGNS.sub(" ", rest)
    kept = [word for word in rest.split() if normalize(word) not in _TF_INSTRUCTION_WORDS]
    return rest.strip() if len(kept) >= (2 if alone else 3) else ""
