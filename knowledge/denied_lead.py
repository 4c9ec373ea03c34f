"""A statement opening with a denied clause, then «و» and a clause of its own («النبي ما أعلن
عن الغزوة وخرج بالجيش سرًّا», «الروم ما جمعوا جيوشًا بالشام وبقوا في بلادهم»).

Taken away whole, the denial leaves the second clause in the affirmed statement («أعلن …
وخرج بالجيش سرًّا»), which no fact states, and the statement was not settled. Its first
clause alone, the denial taken away, is what the text states («أعلن النبي التعبئة
العامة»): that clause is false, and so is the whole, whatever the second claims.
(knowledge/statements.py asks it only for «خطأ», through the judge's own denial reading.)
"""

from __future__ import annotations

from knowledge.answer_keys import words_of
from knowledge.honorifics import PRAYER
from knowledge.question_rewrites import drop_honorifics
from knowledge.statement_words import NEGATIONS

# The first clause must claim something: three words at least («لم يعقد النبي»).
_MIN_LEAD_WORDS = 3
# «و» joined to a word of three letters or more opens the second clause («وخرج», «وبقوا»);
# not «ولا» («not even», part of the denial) nor a noun with the article («والغساسنة»:
# one more of the same list).
_MIN_JOINED = 4


def _without_prayer(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without the prayer after the Prophet's name."""
    out: list[str] = []
    at = 0
    while at < len(words):
        if words[at : at + len(PRAYER)] == PRAYER:
            at += len(PRAYER)
            continue
        out.append(words[at])
        at += 1
    return tuple(out)


def denied_lead(statement: str) -> str | None:
    """The first clause when it holds a denial and «و» joined to a word without the
    article opens a second; else None."""
    words = _without_prayer(drop_honorifics(words_of(statement)))
    for at in range(_MIN_LEAD_WORDS, len(words)):
        word = words[at]
        if word.startswith("و") and len(word) >= _MIN_JOINED and not word.startswith("وال"):
            lead = words[:at]
            return " ".join(lead) if any(w in NEGATIONS for w in lead) else None
    return None
