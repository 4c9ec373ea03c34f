"""What the enemy did in a scene: «What did the Romans do before Tabuk?» (issue 17).

A question made of the enemy side (the Romans, their army) and scene words alone, or with a
clause that only sets the scene («… when the Prophet camped at Tabuk»), asks the enemy's deeds
at that time. Only the facts about the enemy tell them (the build-up, the retreat); of those,
three kinds come close on those few words without telling them, and are set aside:
- a fact whose own subject is a name the question does not say (Heraclius, Mu'tah);
- a fact whose phrasings nearly all ask one thing the question does not name (the tribes
  allied to the Romans, the Arabs' fear of them): its head, not the enemy's deed;
- a fact of another time: «before Tabuk» asks the time before the expedition (not the
  retreat), a clause of arriving or camping at Tabuk the time there (not the build-up).
A clause naming the Prophet's deed (his camping) is the scene, so the fact telling that deed
(his stay at Tabuk) is not what is asked of the enemy.
The scene-only case without a side («What did the army do there?») keeps its own rule in
knowledge/english.py; the Muslims' side is left to it too: what they did at Tabuk is the whole
story, not one fact that survives these cuts (their number).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.english_entry import Entry
from knowledge.english_fact_traits import owner_absent
from knowledge.english_rules import (
    ARRIVAL_TERMS,
    BACKGROUND_TERMS,
    DOERS,
    SCENE_TERMS,
    SIDE_NAMES,
    side_of,
)
from knowledge.tuning import EN_FACT_HEAD_SHARE

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored
    from knowledge.english_text import Reading

# The enemy side as a question names it («the Romans», «the Roman army»).
_ENEMY = frozenset({"roman", "enemyarmy"})
# The enemy's ruler, whose army is the enemy army.
_ENEMY_RULERS = frozenset({"heraclius"})
# Arriving or staying at Tabuk: a clause of these is the time at Tabuk.
_AT_TABUK = ARRIVAL_TERMS | {"stay"}
# Words that name the expedition after «before» («before Tabuk», «before the campaign»).
_EXPEDITION = frozenset({"tabuk", "expedition", "campaign", "ghazwa", "ghazwah", "march"})
# How a fact's own English places what it tells before the expedition.
_EARLIER = re.compile(r"\b(?:before|earlier|prior|previous(?:ly)?)\b", re.IGNORECASE)


def before_expedition(matcher: EnglishMatcher, reading: Reading) -> bool:
    """Does the question ask about the time before the expedition («before Tabuk»)?"""
    tokens = matcher.reader.fold(reading.normalized.split())[0]
    for i, token in enumerate(tokens[:-1]):
        if token != "before":
            continue
        following = [t for t in tokens[i + 1 : i + 3] if t != "the"]
        if following and following[0] in _EXPEDITION:
            return True
    return False


def placed_earlier(entry: Entry) -> bool:
    """Does the fact's answer or one of its phrasings place it before the expedition?"""
    english = entry.english
    return bool(_EARLIER.search(english.answer)) or any(
        _EARLIER.search(q) for q in english.questions
    )


def head_absent(entry: Entry, terms: tuple[str, ...]) -> bool:
    """Do nearly all the fact's phrasings ask one word (its head) the question lacks?"""
    plain = SCENE_TERMS | ARRIVAL_TERMS | SIDE_NAMES | _ENEMY | set(terms)
    count = max(len(entry.phrasings), 1)
    heads: dict[str, int] = {}
    for phrasing in entry.phrasings:
        for term in phrasing - plain:
            heads[term] = heads.get(term, 0) + 1
    return any(n / count >= EN_FACT_HEAD_SHARE for n in heads.values())


def side_deed(
    matcher: EnglishMatcher, reading: Reading, terms: tuple[str, ...], ranking: list[Scored]
) -> tuple[list[Scored], tuple[str, ...]] | None:
    """The ranking narrowed to the facts that tell what the enemy did then, with the terms
    they are to explain, or None when the question is not the enemy's deed in a scene (or
    nothing would be left)."""
    words = set(terms)
    kind = reading.question_type
    described = set(reading.described)
    # What the question asks of, a describing clause («when the Prophet camped there») aside.
    head = words - described - BACKGROUND_TERMS
    ruled = "enemyarmy" in head and bool(head & _ENEMY_RULERS)
    if ruled:
        # «Qaiser-e-Rum's army», «the army of Heraclius»: the ruler's army is the enemy's;
        # the ruler only says whose it is.
        head -= _ENEMY_RULERS
        terms = tuple(t for t in terms if t not in _ENEMY_RULERS)
        words = set(terms)
    if not head & _ENEMY or not head <= SCENE_TERMS | ARRIVAL_TERMS | _ENEMY:
        return None
    if not described and not words <= SCENE_TERMS | ARRIVAL_TERMS | _ENEMY:
        return None
    earlier = before_expedition(matcher, reading)
    if not (described or earlier or ruled):
        # A bare «What did the Romans do?» names no time: the other rules read it (narrowing
        # it to the build-up and the retreat lost a held-out answer).
        return None
    # A clause of arriving or staying («when the Muslims reached Tabuk», «while the Prophet
    # camped there») places the question at Tabuk, after the build-up.
    at_tabuk = bool(described & _AT_TABUK) and not earlier
    if described and not (earlier or at_tabuk):
        # «… when the Prophet called the Muslims»: a clause of another time is left to the
        # other rules (the call came while the Romans gathered, and they did not expect it).
        return None
    if described:
        # The clause only sets the scene: the facts are weighed on what is asked of the enemy.
        ranking = matcher.rank(tuple(t for t in terms if t not in described), kind)
    elif ruled:
        ranking = matcher.rank(terms, kind)
    kept = [
        s
        for s in ranking
        if any(matcher.asks_about(s.fact.id, side) for side in _ENEMY)
        and not owner_absent(matcher, s.fact.id, terms)
        and not head_absent(matcher.entries[s.fact.id], terms)
        and (not earlier or placed_earlier(matcher.entries[s.fact.id]))
        and (not at_tabuk or not placed_earlier(matcher.entries[s.fact.id]))
    ]
    return (kept, terms) if kept else None


# A clause that sets the time of a question: «when/once/after/as soon as the Romans withdrew».
_TIME_CLAUSE = re.compile(r"\b(?:when|once|after|while|as\s+soon\s+as)\b", re.IGNORECASE)


def without_scene_sides_facts(
    matcher: EnglishMatcher,
    text: str,
    head: set[str],
    described: tuple[str, ...],
    ranking: list[Scored],
) -> list[Scored]:
    """«What did the Muslims do at Tabuk when (once) the Romans withdrew?»: the clause's side
    (the Romans) is the scene, the side before it (the Muslims) is asked. A fact whose phrasings
    nearly all name the clause's side and not the asked one (the Romans' retreat) tells the
    scene, not the answer; it is set aside when another fact remains."""
    asked = {side for side in map(side_of, head & DOERS) if side}
    scene = {side for side in map(side_of, set(described) & DOERS) if side} - asked
    if len(asked) != 1 or not scene or not _TIME_CLAUSE.search(text):
        # («the Arab tribes that joined the Byzantine forces»: a relative clause tells which
        # tribes are asked; it is no scene.)
        return ranking
    kept = [
        s
        for s in ranking
        if not any(matcher.asks_about(s.fact.id, side, EN_FACT_HEAD_SHARE) for side in scene)
        or any(matcher.asks_about(s.fact.id, side, EN_FACT_HEAD_SHARE) for side in asked)
    ]
    return kept or ranking
