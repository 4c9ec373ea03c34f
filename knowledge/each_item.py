"""«اذكر ما قدمه كل من: أ- أبو بكر ب- عثمان»: one question asked of each item listed.

An exam sheet asks the same thing of several people at once: the stem holds «كل من» (each
of), the items follow it, on lines of their own («1. أبو بكر»), lettered on one line
(«(أ) عثمان (ب) عبد الرحمن بن عوف») or joined by «و» («ماذا قدم كل من أبي بكر وعمر في
تبوك؟»). Such items are no options to choose from: each one is the subject of the stem's
question, so each becomes a question of its own with the item in the place of «كل من»
(«ما قدمه أبو بكر»), and answered by what the base says of it alone (issue 13, «Facts that
overlap»: the donations fact is no answer to what one donor gave). It only reads the
words: it never looks at the facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.message_models import Form, Part
from knowledge.message_patterns import MARKS
from knowledge.sheet_patterns import NUMBERING

# «كل من», «كلٍّ من», «لكل من», «كل واحد من», with what may name the items in between
# («كل من الصحابة الآتية أسماؤهم», «كل واحد من هدول»): they stand for the item.
_EACH_OF = re.compile(
    r"(?<!\S)[لو]?(?:كل|كلا)\s+(?:واحد\s+|وحده\s+|وحدة\s+)?(?:من|مما)"
    r"(?:\s+(?:الصحابة|الصحابه|الأشخاص|الاشخاص|الأعلام|الاعلام|هؤلاء|هاؤلاء|هدول|هذول|هذولا"
    r"|دول|هادو|هاذو|هاذوك)"
    r"(?:\s+(?:الآتية|الاتية|الآتيه|الاتيه|التالية|التاليه|الآتي|الاتي|التالي|التالين)"
    r"(?:\s+(?:أسماؤهم|اسماؤهم|أسماءهم|اسماءهم|أسماؤهم|اسمائهم))?)?)?"
    r"(?=[\s:：\-–]|$)"
)
# A name as the last of a run joined by «و», before the words the stem goes on with: a
# kunya or «عبد …» of two words, a nasab («بن/ابن …»), and an epithet with «ال».
_LAST_NAME = re.compile(
    r"(?:(?:عبد|أبو|ابو|أبي|ابي|أبا|ابا|ذو|ذي|ذا)\s+)?[^\s؟?!.،,]+"
    r"(?:\s+(?:بن|ابن)\s+(?:(?:عبد|أبي|ابي)\s+)?[^\s؟?!.،,]+)?"
)
# The most words an item before the last may have («أبي بكر الصديق», «عبد الرحمن بن عوف»).
_ITEM_MAX_WORDS = 4
# A preposition inside an item: a clause, not a name.
_GOES_ON = re.compile(r"(?<!\S)(?:في|فى|من|عن|على|الى|إلى|مع|عند|لما|حين)(?!\S)")


def each_item_questions(stem: str, items: list[str]) -> list[str] | None:
    """The stem asked of each listed item, the item in the place of «كل من» (None when the
    stem asks nothing of each)."""
    plain = MARKS.sub("", stem).strip()
    found = _EACH_OF.search(plain)
    if found is None or len(items) < 2:
        return None
    before = plain[: found.start()].rstrip()
    after = plain[found.end() :].strip(" :：")
    questions = []
    for item in items:
        name = NUMBERING.sub("", item).strip(" .،,؛;:")
        if not name:
            return None
        questions.append(_asked(before, name, after))
    return questions


def each_item_parts(part: Part, aliases: Callable[[str], str]) -> list[Part]:
    """A stem with options that asks the same of each («ما قدمه كل من:»): one question per
    item (`aliases` reads the expedition's other names as the reader does); any other part
    as it is."""
    if part.form is not Form.CHOICE:
        return [part]
    questions = each_item_questions(part.text, [option.text for option in part.options])
    if questions is None:
        return [part]
    return [
        Part(Form.QUESTION, aliases(question), option.text, numbered=True)
        for question, option in zip(questions, part.options, strict=True)
    ]


def each_named(question: str) -> list[str] | None:
    """«ماذا قدم كل من أبي بكر وعمر في غزوة تبوك؟»: the names joined by «و» after «كل من»,
    each asked on its own with the words the stem goes on with (None when it lists none)."""
    plain = MARKS.sub("", question).strip()
    found = _EACH_OF.search(plain)
    if found is None:
        return None
    before = plain[: found.start()].rstrip()
    listed = [item.strip(" ،,") for item in re.split(r"\s+و(?=\S)|،", plain[found.end() :])]
    if len(listed) < 2 or not before or any(not item for item in listed):
        return None
    last = _LAST_NAME.match(listed[-1])
    if last is None:
        return None
    # (what follows the last name goes on with the stem: «… وعمر في غزوة تبوك؟»)
    tail = listed[-1][last.end() :].strip()
    name = listed[-1][: last.end()]
    epithet = re.match(r"ال[^\s؟?!.،,]+", tail)
    if epithet is not None:
        name, tail = f"{name} {epithet.group()}", tail[epithet.end() :].strip()
    items = [*listed[:-1], name]
    # («ما جزاء كل من تخلف عن الغزوة وقعد»: «كل من» before a verb is «whoever», its words
    # no names)
    if any(len(item.split()) > _ITEM_MAX_WORDS or _GOES_ON.search(item) for item in items):
        return None
    return [_asked(before, item, tail) for item in items]


def _asked(before: str, item: str, after: str) -> str:
    """The stem's words around the item, with a closing «؟» kept next to the last word."""
    text = " ".join(part for part in (before, item, after.lstrip("؟?!.")) if part)
    return text + after[: len(after) - len(after.lstrip("؟?!."))]
