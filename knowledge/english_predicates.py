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
from collections.abc import Callable, Iterable

from knowledge.english_cues import PARTICIPLES

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


# A passive predicate: «were praised», «was conquered», «was (later) rewarded».
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|be)\s+(?:(?:not|never|also|later|then|only|\w+ly)\s+)?"
    rf"(?P<verb>\w+ed|{'|'.join(sorted(PARTICIPLES))})\b",
    re.IGNORECASE,
)


def unstated_passive(
    statement: str, read: Callable[[str], Iterable[str]], knows: Callable[[str], bool]
) -> str | None:
    """The participle of a passive statement whose deed the answer does not tell, else None.

    «The hypocrites were praised in the Quran»: the hypocrites and the Quran are in their
    fact's answer («verses of the Qur'an were revealed about them»), which covered more than
    half the statement, and it was «True»; the praise, the whole claim, is nowhere in its
    English. A statement in the passive says what befell its subject: unless the fact knows
    the participle's word (`knows`: its answer, phrasings or verse), it does not settle it.
    `read` gives a word's terms."""
    for match in _PASSIVE.finditer(statement):
        verb = match.group("verb")
        terms = [t for t in read(verb) if t.isalpha()]
        if terms and not any(knows(t) for t in terms):
            return verb.lower()
    return None
