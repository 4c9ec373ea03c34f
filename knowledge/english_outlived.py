"""Whether a statement that someone died is refuted by an answer that tells the deaths and then
tells him acting («Khalid was killed at Mu'tah» against «… where a number of Muslims fell,
among them the three commanders …; when the command came to Khalid ibn al-Walid, he managed to
save the army»): one who acts after the deaths were told was not among the dead. Part of the
English verdicts (knowledge/english_verdict.py)."""

from __future__ import annotations

import re

from knowledge.english import EnglishMatcher
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import told
from knowledge.english_text import Reading

# The concept every word of dying is read as («killed», «martyred», «fell», «died»).
_DEATH = "kill"
# The statement says its person died: «X was killed / was martyred / died / fell at …»; an
# active «X killed …» tells of a killer, not of one killed.
_DIED = re.compile(
    r"\b(?:was|were|got|been)\s+(?:\w+\s+)?(?:killed|martyred|slain|murdered)\b"
    r"|\b(?:died|perished)\b",
    re.IGNORECASE,
)
# The answer's clauses: a clause naming the dead ends at a comma, a semicolon or a full stop.
_CLAUSE_END = re.compile(r"[.;:,]\s+")


def outlived(matcher: EnglishMatcher, answer_text: str, reading: Reading) -> bool:
    """Does the answer tell the deaths without naming the statement's one person, and then
    name him in a later clause (he was alive to act)?"""
    if reading.negated or not _DIED.search(reading.normalized):
        return False
    terms = list(matcher.correct(reading.terms))
    people = [t for t in terms if VALUE_CLASSES.get(t) == "person"]
    if _DEATH not in terms or len(people) != 1 or terms.index(people[0]) > terms.index(_DEATH):
        return False
    person = people[0]
    clauses = [matcher.reader.read(c).terms for c in _CLAUSE_END.split(told(answer_text))]
    deaths = [i for i, words in enumerate(clauses) if _DEATH in words]
    if len(deaths) != 1 or person in clauses[deaths[0]]:
        return False
    return any(person in words for words in clauses[deaths[0] + 1 :])
