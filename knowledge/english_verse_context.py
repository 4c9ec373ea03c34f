"""A verse a preamble names by its number, asked about afterwards by pointing back at it.

«my ustadh said ayah 38 is about Tabuk. What is this ayah about?», «Someone mentioned that
verse 38 is connected to Tabuk. What does it say?»: the question names no verse of its own;
the one it points at is the verse the story before it numbered.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from knowledge.english_cues import DEMONSTRATIVE, GENERIC, PRONOUN
from knowledge.english_text import Reading

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import PartReply

# A question naming only these asks about what came before it («what's the link with Tabuk?»).
# («… with Tabuk?»: Tabuk is what every verse here is linked to, no subject of its own.)
_NAMES_NOTHING = GENERIC | {"link", "verse", "say", "mean", "tabuk"}
_LINK_WORDS = frozenset({"link", "tabuk"})


def verse_pointed(
    matcher: EnglishMatcher, text: str, reading: Reading | None, context: Reading | None
) -> PartReply | None:
    """The verse fact a pointing question asks about, or None when it asks something else."""
    if context is None or reading is None or "verse" not in context.terms:
        return None
    if not (
        PRONOUN.search(text) or DEMONSTRATIVE.search(text) or set(reading.terms) <= _NAMES_NOTHING
    ):
        return None  # «What is verse 117 about?» or a question of its own
    if any(term.isdigit() for term in reading.terms):
        return None  # the question numbers its own verse
    numbers = [term for term in context.terms if term.isdigit()]
    if len(numbers) != 1:
        return None  # no verse, or two, named before: which one is not told
    # («what's the link with Tabuk?»: the verse's link with Tabuk is the verse's own fact,
    # whose words are not «link», which Mu'tah's fact is asked with)
    own = [term for term in reading.terms if term not in _LINK_WORDS]
    terms = tuple(dict.fromkeys((*own, "verse", numbers[0])))
    decision = matcher.decide_reading(replace(reading, terms=terms))
    if not decision.answered or decision.fact is None:
        return None
    if not re.search(rf"[:\s]{numbers[0]}\]", decision.fact.answer):
        return None  # only the verse quoted with that number («[التوبة: 38]») was pointed at
    return decision
