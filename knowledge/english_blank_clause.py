"""The clause that holds a blank, in a sentence of several (issue 17, en70).

A sentence to complete often tells one thing and asks another: «Tabuk ended without a battle,
and it was the ______ of the Prophet's expeditions», «Abu Bakr gave all his wealth, and Umar
gave ______ of his», «Tabuk, which ended without fighting, was the ______ expedition». Read
whole, the clause that is given outweighs the one with the blank, and the blank was answered
with the given clause's fact (the outcome, Abu Bakr's gift), a confident wrong answer. The
clause with the blank is what is asked: clauses joined by «, and», «, but», «, so», «, while»
or «;» are cut apart, and a clause set off by commas after «which», «who» or «where» that
does not hold the blank is taken out.

Used by the blank's reading (knowledge/english_exercise_parts.py), which keeps the whole
sentence's reading unless the clause alone is answered confidently.
"""

from __future__ import annotations

import re

from knowledge.english_blanks import BLANK

# Where one clause ends and the next begins.
_CLAUSE_JOIN = re.compile(r"\s*(?:,\s*(?:and|but|so|while|whereas)\b|;)\s*", re.IGNORECASE)
# A clause set off by commas that describes what is named before it.
_ASIDE = re.compile(r",\s*(?:which|who|where)\b[^,;]*,", re.IGNORECASE)
# The clause must keep a word of its own beside the blank.
_WORD = re.compile(r"[^\W\d_]{2,}")


def blank_clause(text: str) -> str | None:
    """The clause of a sentence with a blank that holds the blank, when the sentence has
    another clause given around it; None when it is all one clause."""
    if len(BLANK.findall(text)) != 1:
        return None
    rest = _ASIDE.sub(lambda aside: aside.group() if BLANK.search(aside.group()) else " ", text)
    clauses = [c for c in _CLAUSE_JOIN.split(rest) if c.strip()]
    holding = [c for c in clauses if BLANK.search(c)]
    if len(holding) != 1:
        return None
    clause = holding[0].strip()
    if clause == text.strip() or not _WORD.search(BLANK.sub(" ", clause)):
        return None
    return clause
