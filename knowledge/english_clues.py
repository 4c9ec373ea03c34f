"""A «Who am I?» riddle read clue by clue (issue 17, en24): «I gave everything I had and left
Allah and His Messenger for my family. Who am I?».

Read whole, a riddle whose clues the text only partly tells is left between facts: words of a
clue the text does not give («left … for my family») count against every fact. Read clue by
clue, the clues the text gives name one person's own fact and the rest decide nothing; that
fact answers. Clues that name two people's own facts leave the riddle unanswered (a wrong
answer is worse than asking back).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.english import EnglishMatcher
from knowledge.english_decision import PartReply
from knowledge.english_rules import PERSON_TOKENS
from knowledge.tuning import EN_CLUE_MIN_WORDS

# Where one clue ends: a sentence's end, a comma, or «and» («… everything I had and left …»).
_CLUE_END = re.compile(r"[.;!,\n]+\s*|\s+and\s+", re.IGNORECASE)


def clue_answer(
    matcher: EnglishMatcher, description: str, decide: Callable[[str], PartReply]
) -> PartReply | None:
    """The one person's own fact the description's clues name, read one by one; else None."""
    pieces = [c.strip() for c in _CLUE_END.split(description) if c.strip()]
    clues = [c for c in pieces if len(c.split()) >= EN_CLUE_MIN_WORDS]
    if len(pieces) < 2 or not clues:
        return None  # one clue: the description as it was read whole
    # Only a person's own fact can name the speaker; a clue telling of an event («I camped at
    # Tabuk») or read from a few stray words is no rival. Nor is the own fact of a person the
    # clue names («Khalid's detachment came to me»): the speaker is someone else.
    named: dict[str, PartReply] = {}
    for clue in clues:
        decision = decide(clue)
        if not decision.answered or decision.fact is None:
            continue
        owners = {p for p in PERSON_TOKENS if matcher.asks_about(decision.fact.id, p)}
        if owners and not owners & set(matcher.correct(matcher.reader.read(clue).terms)):
            named[decision.fact.id] = decision
    return next(iter(named.values())) if len(named) == 1 else None


def agreed_clues(description: str, decide: Callable[[str], PartReply]) -> PartReply | None:
    """«We stayed home, complained about the heat and tried to stop others from going. Who are
    we?»: a group's riddle read clue by clue, answered when two clues or more name one fact
    and no clue names another (read whole, its untold clue left it asked back)."""
    pieces = [c.strip() for c in _CLUE_END.split(description) if c.strip()]
    clues = [c for c in pieces if len(c.split()) >= EN_CLUE_MIN_WORDS]
    decided = [decide(clue) for clue in clues]
    named = [d for d in decided if d.answered and d.fact is not None]
    if len(named) < 2 or len({d.fact.id for d in named if d.fact is not None}) != 1:
        return None
    return named[0]
