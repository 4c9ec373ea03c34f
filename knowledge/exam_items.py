"""Exam items run together on one line: «بيّن موقف الروم عند وصول الجيش، ولماذا لم
يهاجمهم النبي.», «وضّح سبب تسمية جيش العسرة، واذكر ما قدّمه عثمان.».

An exam verb («اذكر», «بيّن», «وضّح», «علّل», «اشرح») opens a question as a question word
does, so what follows it after «، و+question word» is a second question; and «، و» or «. و»
+ another exam verb starts the next item, as «ثم» + one does. Part of splitting a line into
its questions (knowledge/question_split.py). It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

from knowledge.message_patterns import QUESTION_START

# The verbs an exam item opens with («أذكرُ», «بيِّن» with their marks already off).
_EXAM_VERB = (
    r"(?:أ|ا|إ)?(?:ذكر|ذكري|بين|بيّن|بيني|وضح|وضّح|وضحي|علل|علّل|عللي|شرح|شرحي|ستنتج|ستنتجي"
    r"|ستدل|ستدلي)"
)
# A clause break, «و», then an exam verb: the next item. (A comma or a full stop is asked for:
# «… بين المؤمنين وبين المنافقين» is «between», not «show»; «وعدد جنوده» is «and the number».)
_AND_EXAM_VERB = re.compile(rf"\s*[،,.]\s*(?=و{_EXAM_VERB}[\s:])")
# With no clause break, «و» + an exam verb that is read no other way («واذكر», «واشرح»,
# «وعلّل», «واستدل»: with its alif, never «and he mentioned»), or «وبيّن» + a word pointing
# back with a pronoun («… وبين نتائجها», «وبين موقفهم»), is the next item all the same:
# exam sheets run two demands together («أذكر أسباب غزوة تبوك وبين نتائجها»).
_AND_EXAM_VERB_JOINED = re.compile(
    r"\s+(?=و(?:(?:أ|ا|إ)(?:ذكر|ذكري|شرح|شرحي|ستنتج|ستنتجي|ستدل|ستدلي)|(?:أ|ا|إ)?(?:علل|علّل|عللي"
    r"|وضّح|بيّن)|(?:أ|ا|إ)?(?:وضح|بين)(?=\s+\S+(?:ها|هم|هما|ه)(?:\s|$|[؟?.،,])))\s)"
)
# (the verbs only, not every exam lead: «أعرف أن الرسول رابط …» is «I know», no «define»)
_OPENING_EXAM_VERB = re.compile(rf"^{_EXAM_VERB}\s*[:：\-–]?\s")


def opens_with_exam_verb(text: str) -> bool:
    """Whether a clause opens with an exam verb (it asks, as a question word does)."""
    return bool(_OPENING_EXAM_VERB.match(text.strip()))


def ends_an_exam_clause(text: str) -> bool:
    """Whether an exam item's clause ends at a comma or full stop («بيّن موقف الروم …،»): a
    question word after it asks the next question («، ولماذا لم يهاجمهم»). (With no break,
    «اذكر اسم رئيس دومة الجندل وماذا فعل النبي معه» is one item about one man.)"""
    return opens_with_exam_verb(text) and text.rstrip().endswith(("،", ",", "."))


def and_exam_verb_split(text: str) -> list[str]:
    """The line cut before «، و» / «. و» + an exam verb, when it opens with one or asks."""
    stripped = text.strip()
    if not (opens_with_exam_verb(stripped) or QUESTION_START.match(stripped)):
        return [text]
    pieces: list[str] = []
    start = 0
    breaks = sorted(
        [*_AND_EXAM_VERB.finditer(text), *_AND_EXAM_VERB_JOINED.finditer(text)],
        key=lambda match: match.start(),
    )
    for match in breaks:
        if match.start() < start:
            continue
        before, after = text[start : match.start()], text[match.end() :]
        if after.startswith("وب") and _BETWEEN.search(before):
            continue  # («الفرق بين موقف المؤمنين، وبين موقف المنافقين»: «and between»)
        pieces.append(before)
        start = match.end() + 1  # (the «و» off)
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]


# «بين» as «between» earlier in the item.
_BETWEEN = re.compile(r"(?:^|\s)بين\s")
