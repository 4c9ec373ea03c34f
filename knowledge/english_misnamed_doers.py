"""A true/false statement that gives a deed to the wrong person («Khalid ibn al-Walid led the
army of Tabuk»): its closest fact is the person's own (Khalid's detachment), which does not
tell that deed, so it settles nothing; read without the names, the statement is the fact that
tells the deed of another (the Prophet led it himself), and that fact corrects it. Part of
answering English true/false (knowledge/english_engine.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_close_facts import agreed_by_all, denied_by_one, meant_by_one
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_doers import NEUTRAL
from knowledge.english_forms import Part
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_reply import PartAnswer
from knowledge.english_rules import DOERS, PERSON_TOKENS, told
from knowledge.english_statement_reading import decide_statement
from knowledge.models import Fact


def misnamed_doer(
    matcher: EnglishMatcher,
    verdict: Callable[[Fact, PartReply], bool | None],
    part: Part,
    decision: PartReply,
) -> PartAnswer | None:
    """False, with the fact that tells the statement's deed of someone else, when the
    statement read without its persons' names is that fact, the fact names none of them and
    tells every deed the statement claims, and no fact the statement is close to names one
    of them with one of its deeds; None otherwise."""
    reading = decision.reading
    if reading is None or reading.negated:
        return None
    named = [t for t in reading.terms if t in PERSON_TOKENS]
    unnamed = tuple(t for t in reading.terms if t not in PERSON_TOKENS)
    deeds = {
        t
        for t in unnamed
        if t not in NEUTRAL and t not in DOERS and t not in VALUE_CLASSES and not t.isdigit()
    }
    if not named or not deeds:
        return None
    own = decision.fact
    close = (own,) if own is not None else decision.suggestions
    if any(
        deeds & matcher.answer_terms(fact.id)
        and any(t in matcher.answer_terms(fact.id) for t in named)
        for fact in close
    ):
        return None  # «Abd al-Rahman gave all his wealth»: his own gift is told
    other = decide_statement(matcher, replace(reading, terms=unnamed))
    fact = other.fact
    if not other.answered or fact is None or (own is not None and fact.id == own.id):
        return None
    stated = matcher.answer_terms(fact.id)
    if any(t in stated for t in named) or not deeds <= stated:
        return None
    if not _one_doer(matcher, fact, deeds):
        return None  # told of the Muslims as a body: one person may have been among them
    if verdict(fact, replace(other, reading=reading)) is not False:
        return None
    answered = replace(other, outcome=EnglishOutcome.ANSWER, reading=reading, suggestions=())
    return PartAnswer(part, answered, verdict=False)


def settled_statement(
    matcher: EnglishMatcher,
    verdict: Callable[[Fact, PartReply], bool | None],
    part: Part,
    decision: PartReply,
) -> PartAnswer:
    """A statement answered with a fact: its verdict by that fact, or, unsettled, false by
    the fact that tells its deed of another person (misnamed_doer), or true by the one near
    it that tells the deed the statement says was only meant (meant_by_one)."""
    assert decision.fact is not None
    settled = verdict(decision.fact, decision)
    if settled is None:
        renamed = misnamed_doer(matcher, verdict, part, decision) or meant_by_one(
            matcher, verdict, part, decision
        )
        if renamed is not None:
            return renamed
    return PartAnswer(part, decision, verdict=settled)


def unsure_statement(
    matcher: EnglishMatcher,
    verdict: Callable[[Fact, PartReply], bool | None],
    part: Part,
    decision: PartReply,
) -> PartAnswer | None:
    """A statement close to several facts: settled by the one that denies it, by the one that
    tells the deed it says was only meant, by all of them agreeing
    (knowledge/english_close_facts.py), or false by the fact that tells its deed of another
    person; None otherwise."""
    return (
        denied_by_one(matcher, part, decision)
        or meant_by_one(matcher, verdict, part, decision)
        or agreed_by_all(verdict, part, decision)
        or misnamed_doer(matcher, verdict, part, decision)
    )


def _one_doer(matcher: EnglishMatcher, fact: Fact, deeds: set[str]) -> bool:
    """Does a clause of the fact's answer that tells one of the deeds name one person (the
    Prophet, Khalid …) as well («The Prophet led the expedition of Tabuk himself»)?"""
    english = matcher.english(fact.id)
    if english is None:
        return False
    for clause in re.split(r"[.;:,]\s+", told(english.answer)):
        terms = set(matcher.reader.read(clause).terms)
        if terms & deeds and any(
            t == "prophet" or VALUE_CLASSES.get(t) == "person" for t in terms
        ):
            return True
    return False
