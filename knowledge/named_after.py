"""A detail a fact tells of someone named before the person asked about.

Ranking finds the fact that shares a question's words; it does not see whose detail they are.
«هل حقن النبي دم خالد بن الوليد؟» ranks the Ukaydir fact first: it says «حقن … دمه» and it
names Khalid, but in a later clause («… بعد أن خضعت دومة الجندل لخالد بن الوليد»), for
another act. An Arabic pronoun («دمه», «له») points back to someone already named, never
forward, so a detail told in clauses that all come before the first mention of the person
asked is told of someone else: the fact does not state it of that person, and answering with
it («نعم» or «صحيح») would be a confident wrong answer.

The fact's own phrasings may still ask it of that person (a fact answered through its
phrasings, not its wording): then it is stated, whatever the order of its clauses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from knowledge.asked import read_asked
from knowledge.content_terms import content_terms
from knowledge.lexicon import QuestionType
from knowledge.names_asked import SAME_PERSON
from knowledge.normalize import normalize
from knowledge.question_rewrites import rewrite_phrases
from knowledge.ranking_results import FactProfile
from knowledge.shares import PEOPLE
from knowledge.tuning import CLAUSE_TERMS_CACHE_SIZE

# Clause ends: commas, semicolons and full stops. Not «:», which opens a list of those the
# clause before it tells of («الذين قدموا أموالهم: أبو بكر …»).
_CLAUSE_END = re.compile(r"[،,؛;.!؟?]")


@lru_cache(maxsize=CLAUSE_TERMS_CACHE_SIZE)
def _clause_terms(answer: str, vocabulary: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The terms of each clause of an answer, in order, read as the base reads its answers."""
    clauses = (normalize(clause) for clause in _CLAUSE_END.split(answer))
    return tuple(
        frozenset(content_terms(rewrite_phrases(tuple(clause.split())), vocabulary))
        for clause in clauses
        if clause
    )


def told_before_named(
    person: frozenset[str],
    detail: frozenset[str],
    answer: str,
    vocabulary: frozenset[str],
    phrasings: Iterable[frozenset[str]],
) -> bool:
    """Whether the answer tells the detail asked only in clauses before it first names the
    person asked about (`person`: the name terms asked; `detail`: the detail terms asked),
    and none of the fact's phrasings asks that detail of that person."""
    if not person or not detail:
        return False
    clauses = _clause_terms(answer, vocabulary)
    told = [index for index, terms in enumerate(clauses) if terms & detail]
    if not told:
        return False
    found = detail & frozenset().union(*(clauses[index] for index in told))
    asked_so = [terms for terms in phrasings if terms & found]
    # Each person asked on their own: «هل حقن دم خالد كما حقن دم أكيدر» asks it of Khalid too.
    for one in {group & person for group in SAME_PERSON if group & person} or {person}:
        named = [index for index, terms in enumerate(clauses) if terms & one]
        if named and min(named) > max(told) and not any(terms & one for terms in asked_so):
            return True
    return False


def claimed_of_another(statement: str, profile: FactProfile, vocabulary: frozenset[str]) -> bool:
    """Whether a statement claims of a person a detail the fact tells only of someone named
    before them («حقن النبي دم خالد بن الوليد»): not «صحيح» by that fact."""
    words = rewrite_phrases(tuple(normalize(statement).split()))
    asked = read_asked(QuestionType.NONE, tuple(content_terms(words, vocabulary)), words)
    phrasings = (terms for terms, _ in profile.asked)
    people = asked.subject & PEOPLE
    return told_before_named(people, asked.detail, profile.fact.answer, vocabulary, phrasings)
