"""Details a question asks that its closest fact does not state.

«Who signed for Ayla?» is close to the treaties fact (signing, Ayla), but it asks for the
person who acted on Ayla's side, and the text names no one there; «What were the terms of
the treaty with Ayla?» asks what the treaty bound them to, and the text gives no terms; «How
far is Tabuk from Madinah?» asks a distance, and the text only says far. Such
a question is asked back with the close fact, never answered with it as if it told the
detail. Part of answering English parts (knowledge/english_engine.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import BACKGROUND_TERMS, told
from knowledge.lexicon import QuestionType
from knowledge.models import Fact

# «… for Ayla», «… on behalf of the people of Tabuk», «representing Dumat»: the person asked
# acted for a side; the words after it say which.
# («Who fought for the Romans?» asks which peoples: «for» needs a place, not a people.)
_FOR_SIDE = re.compile(
    r"\b(?:(on\s+behalf\s+of|in\s+the\s+name\s+of|representing)|for)\s+(?:the\s+)?"
    r"(?:people\s+of\s+|side\s+of\s+|town\s+of\s+)?([\w'-]+(?:\s+[\w'-]+){0,2})",
    re.IGNORECASE,
)
# «the terms of the treaty», «on what conditions»: what an agreement bound them to («in terms
# of» only joins).
_TERMS = re.compile(
    r"(?<!\bin )\b(?:terms|conditions|clauses|stipulations)\s+(?:of|in|agreed)\b|\bon\s+what\s+"
    r"(?:terms|conditions)\b",
    re.IGNORECASE,
)
_TERM_WORDS = re.compile(r"\b(?:terms|conditions|condition)\b", re.IGNORECASE)
# «How far is Tabuk from Madinah?»: a distance, told only by an answer with a number in it
# («How far do you agree …», «How far was Tabuk a success?» ask an extent, not a distance);
# that the Romans' lands were far from the capital says how far they were, not Tabuk.
_MEASURE = re.compile(
    r"\bhow\s+far\s+(?:(?:is|was|are|were)\s+(?:it|tabuk|[\w'-]+(?:\s+al-?\w+)?)\s+(?:away\s+)?from|"
    r"away|did\s+\w+\s+(?:travel|march|go|walk|ride))\b|"
    r"\bwhat\s+(?:is|was)\s+the\s+(?:exact\s+)?distance\s+(?:between|from)\b",
    re.IGNORECASE,
)


def _side_named(matcher: EnglishMatcher, side: re.Match[str]) -> bool:
    """Do the words after «for» name a place (not «for Tabuk», the scene), or those after
    «on behalf of» a place or a people?"""
    kinds = ("place", "people") if side.group(1) else ("place",)
    return any(
        VALUE_CLASSES.get(term) in kinds and term != "tabuk"
        for term in matcher.reader.read(side.group(2)).terms
    )


def _acted_for_side(matcher: EnglishMatcher, text: str, decision: PartReply, fact: Fact) -> bool:
    """A «who» question about someone acting for a side, the answer naming no such person."""
    reading = decision.reading
    if reading is None or reading.question_type is not QuestionType.PERSON:
        return False
    if not any(_side_named(matcher, m) for m in _FOR_SIDE.finditer(text)):
        return False
    # The Prophet acted for the Muslims; a person on the other side must be another one.
    answer = matcher.answer_terms(fact.id)
    return not {t for t in answer if VALUE_CLASSES.get(t) == "person"} - {"prophet"}


def _terms_untold(matcher: EnglishMatcher, text: str, fact: Fact) -> bool:
    """The terms of an agreement asked, of a fact never asked for terms."""
    if not _TERMS.search(text):
        return False
    english = matcher.english(fact.id)
    return english is not None and not any(_TERM_WORDS.search(q) for q in english.questions)


# What the text says lay far away: the Romans' lands.
_FAR_SUBJECTS = frozenset({"roman", "enemy", "enemyarmy"})
# (a measure is given in figures: «One of the difficulties …» counts nothing)
_DIGIT = re.compile(r"\d")


def _measure_untold(matcher: EnglishMatcher, text: str, decision: PartReply, fact: Fact) -> bool:
    """A distance asked of a place the answer does not say is far, with no number."""
    english = matcher.english(fact.id)
    asked = set(decision.reading.terms) if decision.reading else set()
    return (
        _MEASURE.search(text) is not None
        and not asked & _FAR_SUBJECTS
        and english is not None
        and not _DIGIT.search(told(english.answer))
    )


# A relation asked («What is the link with Tabuk?»): of what, the question must say.
_RELATION = frozenset({"link"})


def _relation_of_nothing(decision: PartReply) -> bool:
    """«What's the link with Tabuk?»: a link asked, with nothing named to link to Tabuk."""
    terms = set(decision.reading.terms) if decision.reading else set()
    return bool(terms & _RELATION) and terms - _RELATION <= BACKGROUND_TERMS


def untold_detail(matcher: EnglishMatcher, text: str, decision: PartReply) -> PartReply:
    """The decision, asked back when the part asks a detail its answer does not state."""
    fact = decision.fact
    if not decision.answered or fact is None:
        return decision
    if not (
        _acted_for_side(matcher, text, decision, fact)
        or _terms_untold(matcher, text, fact)
        or _measure_untold(matcher, text, decision, fact)
        or _relation_of_nothing(decision)
    ):
        return decision
    return replace(decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(fact,))
