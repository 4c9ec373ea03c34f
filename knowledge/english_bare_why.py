"""A bare «why?» / «why not?» after a yes/no question answered: the reason its answer gives.

«Did the Muslims and Romans fight at Tabuk? If not, why not?»: the second part names nothing of
its own; read with the part before, the fact just given («No, no fighting took place … in order
to spare bloodshed») led the ranking but a rival (why the Romans fell back) was close, and the
part was asked back. When the previous question asked yes or no, its answer states a reason
(«because», «in order to», «so that» …), and that same fact leads the follow-up's own ranking
and fits «why», the reason asked is the one that answer already gives. Part of reading English
messages (knowledge/english_engine.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.lexicon import QuestionType
from knowledge.models import Fact

# «why?», «why not?», «If not, why not?», «and why is that?», «but why so?»
_BARE_WHY = re.compile(
    r"^\W*(?:(?:and|but|so|if\s+(?:not|so|yes|no))\W+)*why(?:\s+not)?"
    r"(?:\s+(?:is|was)\s+that|\s+so)?\W*$",
    re.IGNORECASE,
)
# An answer that gives a reason in its own words.
_REASON_GIVEN = re.compile(
    r"\b(?:because|in\s+order\s+to|so\s+that|so\s+as\s+to|for\s+fear|out\s+of)\b", re.IGNORECASE
)


def reason_already_given(
    decision: PartReply, text: str, previous: PartReply, previous_answer: str
) -> PartReply:
    """The previous part's fact for a bare «why (not)?» after a yes/no question, when its
    answer gives a reason and leads the follow-up's ranking, fitting its type."""
    if decision.outcome is not EnglishOutcome.SUGGEST or not _BARE_WHY.match(text):
        return decision
    fact: Fact | None = previous.fact
    asked = previous.reading
    if not previous.answered or fact is None or asked is None:
        return decision
    if asked.question_type is not QuestionType.YESNO or not _REASON_GIVEN.search(previous_answer):
        return decision
    if not decision.ranked or decision.ranked[0].fact.id != fact.id:
        return decision
    if not decision.ranked[0].type_fits:
        return decision
    return replace(decision, outcome=EnglishOutcome.ANSWER, fact=fact, suggestions=())
