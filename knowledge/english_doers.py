"""Whether a statement's doer is the doer of its deed in a fact's answer («The Muslims
retreated» against «the Romans fell back»: the answer's words, another doer).

Kept apart from the verdicts (knowledge/english_engine.py) so each module stays small.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.english import EnglishMatcher
from knowledge.english_cues import BE, DOERS, PARTICIPLES, PERSONAL_PRONOUN, PRONOUNS, side_of
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import told
from knowledge.english_text import Reading, concept

# Words of a statement that name no deed of its own.
# («took place», «at the time of»: when or that it happened, no claim of its own)
# The two sides of the war, each the other's.
_OTHER_SIDE = {"muslim": "roman", "roman": "muslim"}
NEUTRAL = frozenset(
    {"tabuk", "expedition", "prophet", "muslim", "army", "be", "ah", "occur", "time"}
)


def same_doer(
    matcher: EnglishMatcher, answer_text: str, reading: Reading, typed: Callable[[str], bool]
) -> bool:
    """Is the statement's doer the doer of its deed in the answer? A statement in the
    passive («Khalid was sent ...») or naming no doer is not checked."""
    words = reading.normalized.split()
    passive = any(
        # «Why was the Muslim army called ...»: the participle may follow the subject.
        w in BE and any(n.endswith("ed") or n in PARTICIPLES for n in words[i + 1 : i + 5])
        for i, w in enumerate(words)
    )
    terms = list(matcher.correct(reading.terms))
    doer = next((t for t in terms if t in DOERS), None)
    if doer is None:
        return True
    after = terms[terms.index(doer) + 1 :]
    stated = told(answer_text)
    known = set(matcher.reader.read(stated).terms)
    deeds = [
        t for t in after if t not in DOERS and t not in NEUTRAL and not typed(t) and t in known
    ]
    if not deeds:
        return True
    if passive:
        if VALUE_CLASSES.get(doer) != "person":
            # «The Romans were defeated at Mu'tah» against «the Romans … struck the Muslim
            # army»: what befell a people is not what they did to another.
            return not _the_doer_only(matcher, stated, deeds[0], doer)
        # «Khalid was killed at Mu'tah»: the clause telling what befell someone must name
        # him, or speak of him («spared his life»); «where a number of Muslims fell» does
        # not name Khalid.
        return any(
            deeds[0] in matcher.reader.read(clause).terms
            and (
                doer in matcher.reader.read(clause).terms
                or PERSONAL_PRONOUN.search(clause) is not None
            )
            for clause in re.split(r"[.;:,]\s+", stated)
        )
    subject: str | None = None
    for sentence in re.split(r"[.;:,]\s+", stated):
        said = matcher.reader.read(sentence)
        first = sentence.split()[0].lower() if sentence.split() else ""
        own = next((t for t in said.terms if t in DOERS), None)
        if own is not None and (first not in PRONOUNS or subject is None):
            subject = own  # a sentence opening with «he», or naming no one, goes on
        if deeds[0] in said.terms and (
            side_of(subject) == side_of(doer) or _with_the_body(said.tokens, subject, doer)
        ):
            return True
    return False


# The Muslims as a body, after «with»: «the Prophet stayed encamped with his troops».
_BODY = frozenset({"army", "troops", "troop", "soldier", "muslim", "companion", "fighter"})


def _with_the_body(tokens: tuple[str, ...], subject: str | None, doer: str) -> bool:
    """Does the Prophet do the deed «with» the Muslims as a body, so that the Muslims (or their
    army) do it too («The Muslim army stayed camped at Tabuk» against «the Prophet … stayed
    encamped with his troops at Tabuk»: it was left unsettled as another doer's deed)?"""
    return (
        subject == "prophet"
        and side_of(doer) == "muslim"
        and any(
            word == "with" and any(concept(t) in _BODY for t in tokens[i + 1 : i + 4])
            for i, word in enumerate(tokens)
        )
    )


def _the_doer_only(matcher: EnglishMatcher, stated: str, deed: str, doer: str) -> bool:
    """Is one of the two sides named before the deed in a clause telling it, with the other
    side after it (the one it befell), and never after it itself?"""
    side = side_of(doer)
    other = _OTHER_SIDE.get(side or "")
    if other is None:
        return False  # («the Arabs were scared of the Romans»: a feeling, no deed done)
    done = befell = False
    for clause in re.split(r"[.;:,]\s+", stated):
        terms = list(matcher.reader.read(clause).terms)
        if deed not in terms:
            continue
        at = terms.index(deed)
        sides = [side_of(t) if t in DOERS else None for t in terms]
        done = done or (side in sides[:at] and other in sides[at + 1 :])
        befell = befell or side in sides[at + 1 :]
    return done and not befell
