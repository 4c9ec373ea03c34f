"""Whether an answer tells its other person, place or people doing the deed a true/false
statement claims («Ali gave 950 camels» against «Uthman gave 950 camels»: the same deed, told
of another), or names them only in another role («Ukaydir accepted Islam» against «Arab
delegations came to the Prophet, announcing their Islam»: the Prophet is not who accepted it).

Kept apart from the verdicts (knowledge/english_engine.py) so each module stays small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from knowledge.english import EnglishMatcher
from knowledge.english_doers import NEUTRAL
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import told
from knowledge.english_text import concept

# A clause opening with a subject pronoun goes on telling of the clause before it.
_GOES_ON = re.compile(r"^\s*(?:and\s+)?(?:he|she|they)\b", re.IGNORECASE)
# Who does a deed: only a rival of these classes may be named in another role.
_DOER_CLASSES = frozenset({"person", "people"})
_CLAUSES = re.compile(r"[.;:,]\s+")


def rival_told(
    matcher: EnglishMatcher,
    answer_text: str,
    statement: Iterable[str],
    rivalled: Iterable[str],
    typed: Callable[[str], bool],
) -> bool:
    """Does a clause of the answer that tells the statement's deed name another value of a
    rivalled term's class? With no deed word of the statement in the answer, the rival is
    taken to fill the role (the answer's other value is then all it tells)."""
    terms = set(statement)
    deeds = {t for t in terms if t not in NEUTRAL and not typed(t)}
    clauses = [c for c in _CLAUSES.split(told(answer_text)) if c.strip()]
    read = [set(matcher.reader.read(c).terms) for c in clauses]
    told_deeds = deeds & set().union(*read) if read else set()
    if not told_deeds:
        return True
    classes = {"number" if t.isdigit() else VALUE_CLASSES.get(t) for t in rivalled}
    if not classes <= _DOER_CLASSES:
        # a number, month or place settles the deed's when, where or how many, whichever
        # clause names it; an unclassed term's rivals cannot be told apart
        return True

    def rival_in(words: set[str]) -> bool:
        return any(
            t not in terms
            and t != "tabuk"
            and ("number" if t.isdigit() else VALUE_CLASSES.get(t)) in classes
            for t in words
        )

    for index, words in enumerate(read):
        if not words & told_deeds:
            continue
        if rival_in(words):
            return True
        if index and _GOES_ON.search(clauses[index]) and rival_in(read[index - 1]):
            return True
    return False


# The Muslims as a body: one person claimed to do what they did together is one of them.
_GROUP = frozenset({"army", "soldier", "muslim", "companion"})


def done_together(
    matcher: EnglishMatcher,
    answer_text: str,
    statement: Iterable[str],
    typed: Callable[[str], bool],
) -> bool:
    """Does the answer tell the statement's deed of the Muslims as a body, or of someone
    «with» them («The Muslim army went to Tabuk», «stayed encamped with his troops»)? Then
    another person claimed to do it («Abu Bakr went out with the army») is not excluded by
    the one the answer names: he may have been among them. Clauses that tell none of the
    statement's deeds count only when none tells one."""
    terms = set(statement)
    deeds = {t for t in terms if t not in NEUTRAL and not typed(t)}
    clauses = [matcher.reader.read(c) for c in _CLAUSES.split(told(answer_text)) if c.strip()]
    telling = [c for c in clauses if deeds & set(c.terms)] or clauses
    for clause in telling:
        tokens = clause.tokens
        together = any(
            word == "with" and any(concept(t) in _GROUP for t in tokens[i + 1 : i + 4])
            for i, word in enumerate(tokens)
        )
        first = next((t for t in clause.terms if t in _GROUP or VALUE_CLASSES.get(t)), None)
        if together or first in _GROUP:
            return True
    return False
