"""A statement whose deed one close fact denies («The Muslims fought a fierce battle against
the Romans at Tabuk» against «No, no fighting took place at Tabuk»): that fact settles it.

When a statement's words leave several facts close (the Romans' build-up, Mu'tah, the battle
that did not happen), the one whose answer says the statement's deed did not happen is what
the statement is about; it is then settled false against that answer. Kept apart from
knowledge/english.py, which is near the module size limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from knowledge.english_choice import clause_denials, denied_terms
from knowledge.english_rules import COMMON_NAMES, placed_at_tabuk
from knowledge.english_text import Reading
from knowledge.models import Fact

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher

# The deed a statement may claim that an answer denies outright: a battle. («attacked» is
# not it: the Romans had wanted to attack, and what befell Madinah is not told.)
_DEEDS = frozenset({"fight"})


def denying_fact(
    matcher: EnglishMatcher, reading: Reading, candidates: Sequence[Fact]
) -> Fact | None:
    """The one candidate whose answer denies a deed the statement claims, else None. A
    statement that denies something itself is not read so (its verdict needs its own fact)."""
    if reading.negated or "mutah" in reading.terms or not placed_at_tabuk(reading):
        # («… killed at the Battle of ____»: a battle named elsewhere is no claim about Tabuk;
        # «The Ghassanids fought on the side of …» says whose side, not that a battle was.)
        return None
    said = set(matcher.correct(reading.terms)) - denied_terms(matcher, reading.normalized)
    claimed = said & _DEEDS
    if not claimed:
        return None
    # «The hypocrites joined the army and fought bravely»: the party the statement is about
    # has its own fact, and it denies a deed claimed of them («did not join»): it is the one
    # that corrects the statement, not the fact denying the battle in general.
    parties = [
        t for t in reading.terms if t in matcher.reader.name_tokens and t not in COMMON_NAMES
    ]
    own = [
        fact
        for fact in candidates
        if any(matcher.asks_about(fact.id, t) for t in parties)
        and (english := matcher.english(fact.id)) is not None
        and said & clause_denials(matcher, english.answer) - _DEEDS
    ]
    if len(own) == 1:
        return own[0]
    denying = [
        fact
        for fact in candidates
        if (english := matcher.english(fact.id)) is not None
        and claimed & clause_denials(matcher, english.answer)
    ]
    return denying[0] if len(denying) == 1 else None
