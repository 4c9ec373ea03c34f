"""A statement that pairs one person with the detail the text states of another («Abu Bakr
gave 950 camels»: the camels were Uthman's gift). It is about the person it names, so his own
fact answers it; and it is false only when the text states the pairing otherwise: a fact that
holds both persons (the list of donors) gives the detail to the other one, and the named
person's own fact states his own detail of that kind (Abu Bakr: all his wealth). When his own
fact states no such detail («the text does not state how much he gave»), it is not settled.

Held-out rounds showed these claims answered with the other person's fact: the reply told
the camels were Uthman's, but not what the person asked about did. Read by
knowledge/english_statement_reading.py (which fact) and knowledge/english_verdict.py
(the verdict)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from knowledge.english_fact_traits import persons_own
from knowledge.english_rules import PERSON_TOKENS, VALUE_WORDS
from knowledge.english_text import Reading

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.models import Fact


def paired_persons_own(matcher: EnglishMatcher, reading: Reading, chosen: Fact) -> Fact | None:
    """The named person's own fact, when the chosen fact is another person's own and a fact
    holding both persons pairs the chosen fact's detail with that other person. The words the
    chosen fact's answer holds are the detail claimed, so the named person's own fact need
    not know them («camels» is no word of Abu Bakr's gift)."""
    other = _sole_person(matcher, chosen)
    person = _sole_named(reading)
    if other is None or person is None or person == other:
        return None
    detail = matcher.answer_terms(chosen.id)
    rest = tuple(t for t in reading.terms if t not in detail or t in PERSON_TOKENS)
    own = persons_own(matcher, replace(reading, terms=rest))
    if own is None or own.id == chosen.id or _sole_person(matcher, own) != person:
        return None
    return own if _pairing_whole(matcher, own, chosen) else None


def paired_verdict(matcher: EnglishMatcher, fact: Fact, reading: Reading) -> bool | None:
    """False when the statement gives the one person whose own fact this is a value (a number,
    a share) that his fact does not hold, his fact states a value of its own, and another
    person's own fact holds every such value, a fact holding both persons pairing it with
    that other person («Umar gave 950 camels»: Umar gave half his wealth, Uthman the
    camels). None otherwise: a value no other person is stated to have given is not denied
    by the text, nor is any value of a person whose own fact states none."""
    person = _sole_person(matcher, fact)
    if reading.negated or person is None or _sole_named(reading) != person:
        return None
    own = matcher.answer_terms(fact.id)
    claimed = {t for t in reading.terms if _is_value(t)}
    if not claimed or claimed & own or not any(_is_value(t) for t in own):
        return None
    for entry in matcher.entries.values():
        other = entry.fact
        if (
            other.id != fact.id
            and claimed <= entry.answer_terms
            and _sole_person(matcher, other) not in (None, person)
            and _pairing_whole(matcher, fact, other, claimed)
        ):
            return False
    return None


def _is_value(term: str) -> bool:
    """A number or a share: the values a gift is stated in."""
    return term.isdigit() or term in VALUE_WORDS


def _sole_named(reading: Reading) -> str | None:
    """The one person the reading names, if it names exactly one."""
    named = {t for t in reading.terms if t in PERSON_TOKENS}
    return next(iter(named)) if len(named) == 1 else None


def _sole_person(matcher: EnglishMatcher, fact: Fact) -> str | None:
    """The one person the fact is about: its answer names him alone and its phrasings ask
    about him (a donor's own gift)."""
    named = matcher.answer_terms(fact.id) & PERSON_TOKENS
    if len(named) != 1:
        return None
    person = next(iter(named))
    return person if matcher.asks_about(fact.id, person) else None


def _pairing_whole(
    matcher: EnglishMatcher, one: Fact, other: Fact, values: set[str] | None = None
) -> bool:
    """Whether a fact the two are both parts of names both their persons (and holds the
    values, when given): the text states who did what side by side (the list of donors), not
    only in two facts that each name one person. The overview holds every fact but names
    neither donor, so it pairs nothing."""
    persons = (matcher.answer_terms(one.id) | matcher.answer_terms(other.id)) & PERSON_TOKENS
    for entry in matcher.entries.values():
        whole = entry.fact.id
        if (
            matcher.is_part_of(one.id, whole)
            and matcher.is_part_of(other.id, whole)
            and persons <= entry.answer_terms
            and (values is None or values <= entry.answer_terms)
        ):
            return True
    return False
