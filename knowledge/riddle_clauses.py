"""A riddle's description read clause by clause, each clause judged as a statement.

Riddle markers («العسرة», «دون قتال», «رجب» …) catch descriptions written with the text's own
words. People also describe the expedition in theirs («ماكانش فيها قتال والروم رجعو
لبلادهم»), with none of those markers. Each clause of such a description is a small
statement about the expedition; the statement judge (knowledge/statements.py) settles it
against the facts as it settles a true/false part. A clause a Tabuk fact states is evidence
of Tabuk; a clause a Tabuk fact contradicts («خرج فيها المسلمون لملاقاة قريش») rules it out,
as a figure no Tabuk fact states does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.statements import StatementJudge
from knowledge.tuning import RIDDLE_CLAUSE_MIN_WORDS

# Clauses end at punctuation, and at «و» opening a new subject or verb: a word of four
# letters or more after it («والروم رجعو», «وتخلف عني المنافقون»), not «وسلم» of the
# Prophet's blessing nor a number's next part («تسعمائة وخمسين»), which end no clause.
_BREAK = re.compile(
    r"[،,.؛;:\n…!؟?]+|\s(?=و(?!سلم\b)(?!(?:اثن|ثلاث|اربع|أربع|خمس|ست|سبع|ثمان|تسع|عشر"
    r"|مئ|مائ|الف|ألف|[0-9٠-٩]))\S{3,})"
)
# The ask at the end of a riddle and the words that say what is described are no clause.
_FILLER = re.compile(r"^\s*(?:أنا|انا|آنا|هي|هى)?\s*(?:ال)?(?:غزوة|غزوه|معركة|معركه)?\s*")


@dataclass(frozen=True, slots=True)
class ClauseEvidence:
    """How many clauses a fact of Tabuk states, how many one contradicts, and how many the
    Mu'tah fact states."""

    tabuk: int = 0
    against: int = 0
    mutah: int = 0


def clauses(description: str) -> tuple[str, ...]:
    """The description's clauses of two words or more, each without the noun that says what
    is described («غزوة عقد فيها النبي …» → «عقد فيها النبي …»)."""
    pieces = (_FILLER.sub("", piece).strip() for piece in _BREAK.split(description))
    return tuple(p for p in pieces if len(p.split()) >= RIDDLE_CLAUSE_MIN_WORDS)


def clause_evidence(description: str, judge: StatementJudge) -> ClauseEvidence:
    """Each clause judged as a statement: true by a fact of Tabuk or by the Mu'tah fact, or
    false by a fact of Tabuk (a Mu'tah clause judged against Tabuk's facts says nothing)."""
    tabuk = against = mutah = 0
    for clause in clauses(description):
        judged = judge.judge(clause)
        if judged.verdict is None or judged.fact is None:
            continue
        if judged.fact.id == "mutah":
            mutah += judged.verdict is True
        elif judged.verdict:
            tabuk += 1
        else:
            against += 1
    return ClauseEvidence(tabuk, against, mutah)
