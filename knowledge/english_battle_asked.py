"""«Which battle saw the Muslims lose the three commanders …?»: a question asking which battle
a description tells, read as the riddle it is (knowledge/english_expeditions.py).

Ranked as a question, its description is a string of details each fact shares a few of (the
leader, the outcome, Mu'tah), and it is asked back. Read as a riddle, details only Mu'tah's fact
tells (three commanders fallen, Khalid saving the army) name Mu'tah. Only Mu'tah is named this
way, and only when the ranking left the question unanswered: a question about Tabuk's own story
(«Which campaign did the hypocrites avoid?») is for Tabuk's facts, one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.english import EnglishMatcher
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_expeditions import Verdict, expedition_of, mutah_names
from knowledge.gaps import KnownGap

# «which battle saw …», «what battle was it where …»: the kind of event asked, then what it is.
_WHICH_BATTLE = re.compile(
    r"\b(?:which|what)\s+(?:battle|fight|encounter)\s+(?P<rest>[^?!.;\n][^?!;\n]*)",
    re.IGNORECASE,
)


def battle_described(
    matcher: EnglishMatcher,
    text: str,
    decision: PartReply,
    known_gap: Callable[[str | None], KnownGap | None],
) -> PartReply | None:
    """Mu'tah's fact for a «which battle …» question its details mark and the ranking left
    unanswered; None for any other question."""
    match = _WHICH_BATTLE.search(text)
    if match is None or decision.answered or decision.reading is None:
        return None
    if decision.outcome in (EnglishOutcome.OTHER_EVENT, EnglishOutcome.MODERN):
        return None  # refused for what it names: another event, today's city
    gap = known_gap(decision.gap) if decision.outcome is EnglishOutcome.GAP else None
    if decision.outcome is EnglishOutcome.GAP and (gap is None or gap.near[:1] != ("mutah",)):
        return None  # a detail the text does not state is asked, not a battle
    # («In which battle were Zayd, Ja'far and Ibn Rawaha martyred?»: Mu'tah's commanders,
    # whom the text does not name, describe the battle asked; their names are not asked.)
    description = match.group("rest")
    reading = matcher.reader.read(description)
    if expedition_of(description, matcher, mutah_names(reading, matcher, known_gap)) is not (
        Verdict.MUTAH
    ):
        return None
    fact = matcher.fact("mutah")
    if fact is None:
        return None
    return PartReply(EnglishOutcome.ANSWER, decision.reading, fact=fact)
