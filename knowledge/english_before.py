"""«What did the Romans do before Tabuk?»: of the facts a question is close to, the one whose
answer tells what happened before Tabuk is what it asks, when it is the closest.

The Romans' build-up, their retreat and Heraclius's pay all tell of the Romans, so such a
question is asked back; but only the build-up happened before Tabuk (its English answer
opens «Before Tabuk …»), the retreat when the Muslims came. A question of why, or of what
for («What did the Romans want to achieve …?»), is not answered by what happened.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from knowledge.english import EnglishOutcome, PartReply
from knowledge.english_data import EnglishFact
from knowledge.lexicon import QuestionType

_BEFORE_TABUK = re.compile(
    r"\bbefore (?:the )?(?:expedition |campaign |battle |ghazwa )?(?:of |to )?tabuk\b"
)
# Concepts asking a reason or an aim, which what happened does not tell.
_AIMS = frozenset({"reason", "result"})
# How many of the closest facts are weighed.
_CLOSEST = 2


class _Matcher(Protocol):
    def english(self, fact_id: str) -> EnglishFact | None: ...


def before_tabuk(matcher: _Matcher, decision: PartReply) -> PartReply:
    """The closest suggestion answers a question of what happened before Tabuk, when it is
    the only one of the two closest whose answer tells of the time before Tabuk."""
    reading = decision.reading
    if decision.outcome is not EnglishOutcome.SUGGEST or reading is None:
        return decision
    if reading.question_type is QuestionType.REASON or _AIMS & set(reading.terms):
        return decision
    if not _BEFORE_TABUK.search(reading.normalized):
        return decision
    before = [
        fact
        for fact in decision.suggestions[:_CLOSEST]
        if (english := matcher.english(fact.id)) is not None
        and english.answer.lower().startswith("before tabuk")
    ]
    if len(before) != 1 or before[0] is not decision.suggestions[0]:
        return decision
    return replace(decision, outcome=EnglishOutcome.ANSWER, fact=before[0], suggestions=())
