"""What an English fact is about, for choosing among close candidates: the name it is
about that a question does not say, the sides its answer names as doers, whether it is one
person's own, quotes a verse or says who someone was, the one named subject's fact in a
ranking, and the own fact of the one person a statement names (knowledge/english.py decides
with them)."""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from knowledge import tuning
from knowledge.english_rules import (
    BACKGROUND_TERMS,
    COMMON_NAMES,
    DOERS,
    GENERAL_TYPES,
    PERSON_TOKENS,
    SENT,
    SIDE_NAMES,
    VALUE_WORDS,
    side_of,
)
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType, Fact

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored


def unexplained_besides(
    matcher: EnglishMatcher, scored: Scored, terms: tuple[str, ...], described: tuple[str, ...]
) -> float:
    """The share of the question the fact leaves unexplained, a describing clause aside."""
    if not described:
        return scored.unexplained
    query = set(terms) | {"tabuk"}
    total = math.fsum(matcher.weight(t) for t in query)
    vocabulary = matcher.entries[scored.fact.id].vocabulary
    aside = math.fsum(matcher.weight(t) for t in set(described) & query if t not in vocabulary)
    return max(0.0, scored.unexplained - aside / total) if total else scored.unexplained


def sent_on(
    matcher: EnglishMatcher, top: Scored, terms: tuple[str, ...], reading: Reading
) -> bool:
    """Does a «why did <person> go» question ask of a fact telling that he was sent?"""
    people = set(terms) & PERSON_TOKENS
    return (
        reading.question_type is QuestionType.REASON
        and not top.type_fits
        and len(people) == 1
        and SENT not in terms
        and {SENT, *people} <= matcher.entries[top.fact.id].main_terms
    )


def owner_absent(matcher: EnglishMatcher, fact_id: str, terms: tuple[str, ...]) -> bool:
    """Is the fact about a name (a person, a place, a title) the terms do not say?"""
    names = matcher.reader.name_tokens - SIDE_NAMES - {"tabuk", "prophet"} - set(terms)
    return any(matcher.asks_about(fact_id, name) for name in names)


def doer_sides(matcher: EnglishMatcher, fact_id: str) -> set[str | None]:
    """The sides the fact's answer names as doers («the Companions»: the Muslims)."""
    return {side_of(t) for t in matcher.answer_terms(fact_id) if t in DOERS}


def owned(matcher: EnglishMatcher, fact_id: str) -> bool:
    """Is the fact one person's own (its phrasings ask about him)?"""
    return any(matcher.asks_about(fact_id, person) for person in PERSON_TOKENS)


def quotes_verse(matcher: EnglishMatcher, fact_id: str) -> bool:
    """Does the fact quote a verse («the meaning of the verse» asks it)?"""
    return matcher.entries[fact_id].english.verse is not None


def describes(matcher: EnglishMatcher, fact_id: str, person: str) -> bool:
    """Does the fact's answer say who the person was («Heraclius was the king ...»)?"""
    english = matcher.entries[fact_id].english
    for sentence in re.split(r"[.;]\s+", english.answer):
        said = matcher.reader.read(sentence)
        if person in said.terms and re.search(r"\b(?:was|were|is)\b", sentence):
            return True
    return False


def named_subject(
    matcher: EnglishMatcher, terms: tuple[str, ...], reading: Reading, ranking: list[Scored]
) -> Scored | None:
    """«The events at Dumat al-Jandal during Tabuk»: one named subject's fact, not all."""
    named = set(terms) - BACKGROUND_TERMS - {"prophet", "roman", "companion", "muslim"}
    # («the people of Ayla», «the town of Ayla»: one name, with words its fact knows)
    named = named & matcher.reader.name_tokens or named
    if reading.question_type not in GENERAL_TYPES or len(named) != 1:
        return None
    if ranking[0].fact.answer_type is not AnswerType.OVERVIEW:
        return None
    name = next(iter(named))
    about = [s for s in ranking if matcher.asks_about(s.fact.id, name) and not s.unexplained]
    if not about:
        # «What happened to Ayla?»: a place no fact is all about; the one fact (the
        # whole story aside) some of whose phrasings ask about it is its own.
        about = [
            s
            for s in ranking
            if matcher.asks_about(s.fact.id, name, tuning.EN_NAMED_PLACE_SHARE)
            and s.fact.answer_type is not AnswerType.OVERVIEW
            and not s.unexplained
        ]
        if len(about) != 1:
            return None
    if name not in matcher.reader.name_tokens or not about:
        return None
    if len(about) > 1 and about[0].score - about[1].score < tuning.EN_ANSWER_MIN_MARGIN:
        return None
    return about[0] if ranking[0].score - about[0].score <= tuning.EN_SUGGEST_WINDOW else None


def own_fact(matcher: EnglishMatcher, reading: Reading) -> Scored | None:
    """«Abu Bakr gave half his wealth»: close to Umar's half and to Abu Bakr's own gift;
    the statement is about the one person it names, so the fact about that person alone
    is the one to settle it, when it knows every other word but the values."""
    named = [t for t in reading.terms if t in PERSON_TOKENS]
    if len(named) != 1:
        return None
    # A fact is a person's own when its phrasings ask about him («outcome» tells of
    # Khalid at Dumat al-Jandal, but is not Khalid's fact).
    ranking = matcher.rank(matcher.correct(reading.terms), reading.question_type)
    if not ranking:
        return None
    top = ranking[0].score
    own = [
        s
        for s in ranking
        if s.score >= tuning.EN_STATEMENT_MIN_SCORE
        and top - s.score < tuning.EN_ANSWER_MIN_MARGIN
        and _owned_by(matcher, s.fact.id, named[0], reading.terms, figures=True)
    ]
    return own[0] if len(own) == 1 else None


def named_persons_own(matcher: EnglishMatcher, reading: Reading, chosen: Fact) -> Fact | None:
    """«Uthman gave half his wealth»: the share is Umar's, so Umar's own fact ranks first,
    but the statement is about the one person it names. When the chosen fact is another
    single person's own (its answer names him alone) and does not name the person said,
    the fact that person alone owns is the one to settle it (here: not settled, with what
    Uthman did give). Held-out rounds showed the donors' facts swapped in wrong answers."""
    # (the chosen fact's own check first: finding the person's own fact reads every fact)
    others = matcher.entries[chosen.id].answer_terms & PERSON_TOKENS
    if len(others) != 1 or not matcher.asks_about(chosen.id, next(iter(others))):
        return None
    own = persons_own(matcher, reading)
    return None if own is None or own.id == chosen.id else own


def persons_own(matcher: EnglishMatcher, reading: Reading) -> Fact | None:
    """The one fact the one person the reading names owns alone (its answer names him and no
    other person, its phrasings ask about him), when it knows every word of the reading but
    the values (shares, numbers) and the names common to every question."""
    named = {t for t in reading.terms if t in PERSON_TOKENS}
    if len(named) != 1:
        return None
    person = next(iter(named))
    own = [
        entry.fact
        for entry in matcher.entries.values()
        if _owned_by(matcher, entry.fact.id, person, reading.terms, figures=False)
    ]
    return own[0] if len(own) == 1 else None


def _owned_by(
    matcher: EnglishMatcher, fact_id: str, person: str, terms: tuple[str, ...], *, figures: bool
) -> bool:
    """Whether the fact is the person's own (its answer names him and no other person, its
    phrasings ask about him) and knows every term but the values (shares) and the names
    common to every question; with `figures`, the numbers too (own_fact asks that;
    persons_own, finding the person's fact for a statement that may be wrong, does not).
    own_fact and persons_own differ only in that and in how they pick the candidates."""
    entry = matcher.entries[fact_id]
    return (
        entry.answer_terms & PERSON_TOKENS == {person}
        and matcher.asks_about(fact_id, person)
        and all(
            t in entry.vocabulary
            for t in terms
            if t not in VALUE_WORDS and t not in COMMON_NAMES and (figures or not t.isdigit())
        )
    )
