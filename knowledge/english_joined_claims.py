"""A true/false statement of two claims joined by «and»/«but», each with its own doer.

«Umar gave half his wealth and Abu Bakr gave all of his», «Tabuk took place in Rajab 9 AH and
the Muslims fought the Persians»: read as one bag of words, the first was asked back between
the two donors and the gifts as a whole (whose answer, holding every word, would call even the
swapped «Abu Bakr gave half his wealth and Umar gave all of his» true); the second was left
unsettled by the date. Each claim is judged by itself: the statement is false when one of them
is, true when every one is; otherwise the whole statement's own reading stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from knowledge.engine import shipped_base
from knowledge.english import EnglishMatcher
from knowledge.english_asking import CLAIM_VERBS, is_statement, words_in
from knowledge.english_choice import denied_terms
from knowledge.english_forms import Part
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_reply import PartAnswer
from knowledge.english_rules import DOERS, VALUE_WORDS, told
from knowledge.models import Fact

# Where a second claim may start: «…, and Abu Bakr gave …», «… but the Romans fell back».
_JOINS = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:then\s+)?", re.IGNORECASE)


def joined_claims(matcher: EnglishMatcher, text: str) -> list[str]:
    """The claims of a statement whose later clauses each open with a doer and state a
    claim of their own (empty when it is one claim)."""
    pieces: list[str] = []
    start = 0
    for join in _JOINS.finditer(text):
        before, after = text[start : join.start()], text[join.end() :]
        terms = matcher.reader.read(after).terms
        if not terms or terms[0] not in DOERS or not is_statement(before):
            continue
        clause = _first_clause(after)
        if not _claims(clause) or all(t in DOERS for t in matcher.reader.read(clause).terms):
            continue  # «… and the Lakhm were too»: no claim of its own to judge
        pieces.append(before.strip())
        start = join.end()
    if not pieces:
        return []
    pieces.append(text[start:].strip())
    head, colon, rest = pieces[0].rpartition(":")
    if colon and rest.strip() and not _claims(head):
        pieces[0] = rest.strip()  # «Kahoot quiz: Abu Bakr gave …»: the label claims nothing
    return pieces


def _claims(clause: str) -> bool:
    """Does a clause claim by itself (a past verb: «Uthman gave 950 camels»)? Short clauses
    count: a number is no word of `is_statement`'s four."""
    return not clause.rstrip().endswith("?") and any(
        w in CLAIM_VERBS or (len(w) > 4 and w.endswith("ed")) for w in words_in(clause)
    )


def _first_clause(text: str) -> str:
    """The text up to the next join, for testing that a clause claims by itself."""
    join = _JOINS.search(text)
    return text[: join.start()] if join else text


def judged_by_claims(
    matcher: EnglishMatcher,
    part: Part,
    whole: PartAnswer,
    judge: Callable[[str], PartAnswer],
) -> PartAnswer:
    """The statement's verdict from its claims judged one by one (the whole's answer when it
    is one claim). False by the first claim its own fact excludes (another value of the
    claimed kind, or the deed denied); true when the whole statement was not settled and
    each claim is confirmed by a fact naming the claim's doer (shown with their nearest
    common whole, else the first claim's fact); otherwise the whole statement's answer."""
    claims = joined_claims(matcher, part.text)
    if not claims:
        return whole
    judged = [(claim, judge(claim)) for claim in claims]
    false = next(
        (j for claim, j in judged if j.verdict is False and _excluded(matcher, claim, j)), None
    )
    if false is not None:
        return replace(false, part=part)
    if whole.verdict is not None or not all(
        j.verdict is True and _names_its_doer(matcher, c, j) for c, j in judged
    ):
        # (a claim left unsettled by itself may lean on the other for what it names: the
        # whole statement's own verdict stands)
        return whole
    first = judged[0][1]
    whole_fact = _common_whole(matcher, [j.fact.id for _, j in judged if j.fact is not None])
    if whole_fact is not None:
        # «Umar gave half and Abu Bakr all of his»: the gifts, which tell both.
        return replace(first, part=part, decision=replace(first.decision, fact=whole_fact))
    return replace(first, part=part)


def _names_its_doer(matcher: EnglishMatcher, claim: str, judged: PartAnswer) -> bool:
    """Is the claim answered with a fact whose answer names the claim's doer (its first
    doer: «Abu Bakr gave …» by Abu Bakr's gift, not by Umar's)?"""
    doer = next((t for t in matcher.reader.read(claim).terms if t in DOERS), None)
    return (
        doer is not None
        and judged.fact is not None
        and doer in matcher.answer_terms(judged.fact.id)
    )


def _excluded(matcher: EnglishMatcher, claim: str, judged: PartAnswer) -> bool:
    """Does the fact exclude the claim, not merely leave it unsaid: the claim holds a value
    (a number, a share, a person, place, people or month) the answer does not, while the
    answer holds another of its kind, or a deed the answer denies?"""
    english = matcher.english(judged.fact.id) if judged.fact is not None else None
    if english is None:
        return False
    stated = told(english.answer)
    answer = frozenset(matcher.reader.read(stated).terms)
    terms = frozenset(matcher.correct(matcher.reader.read(claim).terms))
    if terms & denied_terms(matcher, stated) - denied_terms(matcher, claim):
        return True  # «… and the hypocrites joined the army»: «did not join»
    return any(
        _kind(t) is not None
        and t not in answer
        and any(_kind(a) == _kind(t) and a != "tabuk" for a in answer)
        for t in terms
    )


def _kind(term: str) -> str | None:
    """A value's kind: a number, a share of wealth, or the names' classes."""
    if term.isdigit():
        return "number"
    if term in VALUE_WORDS:
        return "share"
    return VALUE_CLASSES.get(term)


def _common_whole(matcher: EnglishMatcher, fact_ids: list[str]) -> Fact | None:
    """The nearest whole (tabuk.json «part_of») of claims told by different facts, short of
    the overview, which holds everything."""
    if len(set(fact_ids)) < 2:
        return None
    for whole in shipped_base().part_of.get(fact_ids[0], ()):
        if whole != "overview" and all(
            f == whole or matcher.is_part_of(f, whole) for f in fact_ids[1:]
        ):
            return matcher.fact(whole)
    return None
