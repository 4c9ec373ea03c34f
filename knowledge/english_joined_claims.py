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
from knowledge.english_forms import Part
from knowledge.english_reply import PartAnswer
from knowledge.english_rules import DOERS
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
    is one claim): false by the first false claim's fact; true when all are true and the
    whole statement was not settled (with their nearest common whole, else the first
    claim's fact); otherwise the whole statement's own answer."""
    claims = joined_claims(matcher, part.text)
    if not claims:
        return whole
    judged = [judge(claim) for claim in claims]
    false = next((j for j in judged if j.verdict is False), None)
    if false is not None:
        return replace(false, part=part)
    if whole.verdict is not None or not all(j.verdict is True for j in judged):
        # (a claim left unsettled by itself may lean on the other for what it names: the
        # whole statement's own verdict stands)
        return whole
    whole_fact = _common_whole(matcher, [j.fact.id for j in judged if j.fact is not None])
    if whole_fact is not None:
        # «Umar gave half and Abu Bakr all of his»: the gifts, which tell both.
        decision = replace(judged[0].decision, fact=whole_fact)
        return replace(judged[0], part=part, decision=decision)
    return replace(judged[0], part=part)


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
