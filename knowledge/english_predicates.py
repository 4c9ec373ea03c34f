"""A quality a statement claims of its subject in a word the reader drops (en62).

«Equipping the army of Tabuk was simple», «The journey was short», «The Muslim army was huge»:
«simple», «short», «huge» stress or frame a question («in simple terms», «a short note», «a
huge army») and are function words there, so the statement is read as «equipping the army of
Tabuk», which the donations fact covers word for word: it was «True». After «was/were/is»
closing the clause the word is the whole claim: a fact is not taken to state it unless its
answer has the word. Part of settling a statement (knowledge/english_verdict.py).
"""

from __future__ import annotations

import re

# Qualities the reader drops as function words (english_lexicon.STOPWORDS) that are a claim
# when said of the subject; the ones that only stress («fierce», «terrible», «great») are left
# to the words they stress.
_QUALITY = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:(?:very|quite|so|too|rather|fairly|really|extremely|"
    r"not)\s+)?(?P<quality>simple|short|brief|huge|vast)\b(?!\s+of\b)(?=\s*(?:$|and\b|but\b|"
    r"or\b|for\b|because\b|in\b|at\b|when\b|so\b))",
    re.IGNORECASE,
)


def unstated_quality(statement: str, answer: str) -> str | None:
    """The quality the statement claims of its subject in a dropped word that the answer
    does not have, else None."""
    for match in _QUALITY.finditer(statement):
        quality = match.group("quality").lower()
        if re.search(rf"\b{quality}\b", answer, re.IGNORECASE) is None:
            return quality
    return None
