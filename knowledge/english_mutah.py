"""A question about Mu'tah itself («Who won at Mu'tah?», «Did the Muslims lose at Mu'tah?»)
is asked of the facts that tell of Mu'tah.

Mu'tah is the one other battle the text tells, as Tabuk's background. A question naming it
and not Tabuk asks about that battle: a fact that never mentions Mu'tah (the outcome of Tabuk,
«Who won at Tabuk?») tells of Tabuk, however close its other words; answered with it, the
asker would take Tabuk's outcome for Mu'tah's. The mirror of the rule that a question placed
at Tabuk is not asked of Mu'tah's fact (knowledge/english.py).

Its mirror: a question of who won, lost or fought that names neither Mu'tah, nor a time
before Tabuk, nor anything only Mu'tah's fact tells («Did the Muslims defeat the Romans?»,
«Was Tabuk a defeat for the Muslims?») asks about Tabuk, the subject of the bot; Mu'tah's fact,
the one that tells a defeat, would have the asker take Mu'tah's outcome for Tabuk's. It answers
such a question only when a battle is asked for by name («Which battle did the Muslims lose to
the Romans?»).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.english_rules import placed_at_tabuk
from knowledge.english_text import Reading

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored

MUTAH = "mutah"
# Mu'tah as a point in time: «before Mu'tah», «after the battle of Mu'tah».
_TIMED_BY_MUTAH = re.compile(
    r"\b(?:before|after|until|since)\s+(?:the\s+)?(?:battle\s+of\s+)?mutah\b"
)
# Who won or lost (as read: «beat», «routed», «victory» are among them).
OUTCOME_TERMS = frozenset({"defeat", "win", "lose"})
# Facts that tell of Mu'tah as background besides its own: a word they share with it is still
# Mu'tah's own.
_BACKGROUND = frozenset({MUTAH, "reasons", "overview"})
# Mu'tah's three commanders («Who killed the (three) commanders?»): Tabuk had one.
_THREE_COMMANDERS = re.compile(r"\b(?:commanders|generals)\b|\b(?:three|3)\s+(?:\w+\s+)?leaders\b")
# Fighting asked, in any of its words as read.
_FIGHTING = OUTCOME_TERMS | {"fight", "attack", "kill"}
# A time before Tabuk: «Who struck the Muslim army before Tabuk?» is Mu'tah's.
_BEFORE_TABUK = re.compile(r"\b(?:before|prior\s+to)\s+(?:the\s+)?(?:\w+\s+of\s+)?tabuk\b")
# A battle asked for by name or as an earlier one: «Which battle did the Muslims lose?».
_A_BATTLE_ASKED = re.compile(
    r"\b(?:which|what|name\s+(?:of\s+)?the)\s+(?:\w+\s+)?(?:battle|fight|war|defeat)\b"
    r"|\b(?:earlier|previous|prior|former|past|first)\s+(?:battle|fight|war|defeat)\b"
)


def about_mutah(
    matcher: EnglishMatcher, reading: Reading, terms: tuple[str, ...], ranking: list[Scored]
) -> list[Scored]:
    """The ranking's facts that tell of Mu'tah, for a question naming Mu'tah and not Tabuk
    (when any of them is ranked); the ranking as it is for any other question."""
    if MUTAH not in terms:
        return _outcome_of_tabuk(matcher, reading, terms, ranking)
    if "tabuk" in terms or placed_at_tabuk(reading):
        return ranking
    if _TIMED_BY_MUTAH.search(reading.normalized):
        # «the envoy killed before Mu'tah»: Mu'tah says when, the envoy is asked about.
        return ranking
    telling = [s for s in ranking if MUTAH in matcher.answer_terms(s.fact.id)]
    return telling or ranking


def _outcome_of_tabuk(
    matcher: EnglishMatcher, reading: Reading, terms: tuple[str, ...], ranking: list[Scored]
) -> list[Scored]:
    """The ranking without Mu'tah's fact when the question asks who won, lost or fought,
    placed nowhere before Tabuk, and names nothing only that fact tells (its three
    commanders, Khalid saving the army)."""
    asked = set(terms)
    if not asked & _FIGHTING:
        return ranking
    if _BEFORE_TABUK.search(reading.normalized):
        # «Did the Muslims and Romans fight before Tabuk?»: the fighting denied at Tabuk is
        # no answer to fighting before it.
        return [s for s in ranking if not _denies_fighting(matcher, s.fact.id)] or ranking
    if _A_BATTLE_ASKED.search(reading.normalized):
        return ranking
    others = [f for f in matcher.fact_ids() if f not in _BACKGROUND]
    own = {
        t
        for t in asked - _FIGHTING
        if matcher.knows(MUTAH, t) and not any(matcher.knows(f, t) for f in others)
    }
    if own or _THREE_COMMANDERS.search(reading.normalized):
        return ranking
    return [s for s in ranking if s.fact.id != MUTAH] or ranking


def _denies_fighting(matcher: EnglishMatcher, fact_id: str) -> bool:
    """Does the fact's answer say no fighting took place (at Tabuk)?"""
    from knowledge.english_choice import clause_denials  # (it imports the matcher: a cycle)

    english = matcher.english(fact_id)
    return english is not None and "fight" in clause_denials(matcher, english.answer)
