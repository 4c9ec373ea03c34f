"""A question about Mu'tah itself («Who won at Mu'tah?», «Did the Muslims lose at Mu'tah?»)
is asked of the facts that tell of Mu'tah.

Mu'tah is the one other battle the text tells, as Tabuk's background. A question naming it
and not Tabuk asks about that battle: a fact that never mentions Mu'tah (the outcome of Tabuk,
«Who won at Tabuk?») tells of Tabuk, however close its other words; answered with it, the
asker would take Tabuk's outcome for Mu'tah's. The mirror of the rule that a question placed
at Tabuk is not asked of Mu'tah's fact (knowledge/english.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.english_rules import placed_at_tabuk
from knowledge.english_text import Reading

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher, Scored

MUTAH = "mutah"
# Mu'tah as a point in time: «before Mu'tah», «after the battle of Mu'tah».
_TIMED_BY_MUTAH = re.compile(
    r"\b(?:before|after|until|since)\s+(?:the\s+)?(?:battle\s+of\s+)?mutah\b"
)


def about_mutah(
    matcher: EnglishMatcher, reading: Reading, terms: tuple[str, ...], ranking: list[Scored]
) -> list[Scored]:
    """The ranking's facts that tell of Mu'tah, for a question naming Mu'tah and not Tabuk
    (when any of them is ranked); the ranking as it is for any other question."""
    if MUTAH not in terms or "tabuk" in terms or placed_at_tabuk(reading):
        return ranking
    if _TIMED_BY_MUTAH.search(reading.normalized):
        # «the envoy killed before Mu'tah»: Mu'tah says when, the envoy is asked about.
        return ranking
    telling = [s for s in ranking if MUTAH in matcher.answer_terms(s.fact.id)]
    return telling or ranking
