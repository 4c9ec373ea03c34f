"""Crossword and letter-game clues read as the questions they are.

A crossword clue names its answer by describing it, with its place in the grid and its
length around it: «أفقي ١: الشهر الذي أعلنت فيه التعبئة (٣ حروف)». A letter game gives the
answer's first letter: «حرف الهاء: ملك الروم الذي جمع الجموع بالشام». The grid's place,
the length and the letter ask nothing (left in, the stray words and digits blurred the
ranking); the description asks what (or who) it describes. Only a line so marked is
changed: a bare description is a headline, read as it is. It only reads: it never looks
at the facts (part of reading a message, knowledge/message.py).
"""

from __future__ import annotations

import re

from knowledge.question_split import has_question_word

_DIGITS = r"[0-9٠-٩]+"
# «(٤ حروف)», «(من 5 أحرف)», «- ٣ حروف» at the end.
_LENGTH = re.compile(
    rf"\s*(?:[(\[]\s*(?:من\s+)?{_DIGITS}\s*(?:حروف|أحرف|احرف|حرف)\s*[)\]]"
    rf"|[-–]\s*{_DIGITS}\s*(?:حروف|أحرف|احرف))\s*[.؟?!]*\s*$"
)
# «حل الكلمات المتقاطعة:», then «أفقي ١:», «عمودي 3 -» at the start.
_GRID = re.compile(
    r"^\s*(?:(?:حل|حلّ|حلوا|حلي|حلّي)\s+(?:ال)?(?:كلمات|شبكة)\s*(?:ال)?(?:متقاطعة|متقاطعه)?"
    r"\s*[:：\-–]\s*)?"
    rf"(?:(?:أفقي|افقي|أفقيا|افقيا|أفقياً|عمودي|عموديا|عمودياً)\s*(?:{_DIGITS})?\s*[:：\-–.)]\s*)"
)
# «حرف التاء:», «حرف (ت):», «بحرف الجيم -»: the answer's first letter.
_LETTER = re.compile(r"^\s*(?:حرف|بحرف)\s+(?:ال\S+|[(«\"]?\S[)»\"]?)\s*[:：\-–]\s*")
# An expedition described («غزوة خرج لها …»): which one is a riddle's question.
_EXPEDITION = re.compile(r"^\s*(?:ال)?(?:غزوة|غزوه|معركة|معركه)\s")
# Nouns of a person opening a clue: «who» is asked, not «what».
_PERSONS = frozenset(
    "ملك امبراطور إمبراطور قيصر صحابي قائد رئيس زعيم أمير امير رجل خليفة سفير مبعوث رسول"
    " حاكم صاحب شاعر".split()
)


def _as_question(clue: str) -> str:
    if has_question_word(clue):
        return clue
    if _EXPEDITION.match(clue):
        return f"{clue.rstrip(' .،,')}، ما هي؟"
    head = clue.split()[0] if clue.split() else ""
    bare = head[2:] if head.startswith("ال") else head
    return f"{'من' if bare in _PERSONS else 'ما'} {clue}"


def clue_as_question(line: str) -> str:
    """A marked clue as the question it asks («أفقي ١: الشهر الذي … (٣ حروف)» -> «ما
    الشهر الذي …»); any other line as it is."""
    grid = _GRID.match(line)
    letter = _LETTER.match(line[grid.end() :] if grid else line)
    length = _LENGTH.search(line)
    if grid is None and letter is None and length is None:
        return line
    clue = line[grid.end() :] if grid else line
    if letter is not None:
        clue = clue[letter.end() :]
    clue = _LENGTH.sub("", clue).strip()
    if not clue:
        return line
    return _as_question(clue)
