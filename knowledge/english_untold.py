"""Details a question asks that its closest fact does not state.

«Who signed for Ayla?» is close to the treaties fact (signing, Ayla), but it asks for the
person who acted on Ayla's side, and the text names no one there; «What were the terms of
the treaty with Ayla?» asks what the treaty bound them to, and the text gives no terms; «How
far is Tabuk from Madinah?» asks a distance, and the text only says far. Such
a question is asked back with the close fact, never answered with it as if it told the
detail; so is «Who were the three commanders?» of a fact that only counts them. Part of
answering English parts (knowledge/english_engine.py).
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
        or _counted_unnamed(text, decision, fact, matcher)
    ):
        return decision
    return replace(decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(fact,))


# «who were the three commanders», «who the three men were»: who a group given by a count
# was («Who gave 950 camels?» asks the giver, not who the camels were).
_COUNTED_GROUP = re.compile(
    r"\bwho\s+(?:(?:were|was|are|is)\s+)?(?:the\s+)?"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+([a-z]+)",
    re.IGNORECASE,
)


def _counted_unnamed(text: str, decision: PartReply, fact: Fact, matcher: EnglishMatcher) -> bool:
    """«Who were the three commanders that got killed?» of an answer that tells «the three
    commanders who led the battle» and names none of them: it counts the group asked, not who
    they were."""
    if decision.reading is None or decision.reading.question_type is not QuestionType.PERSON:
        return False
    english = matcher.english(fact.id)
    if english is None:
        return False
    for asked in _COUNTED_GROUP.finditer(text):
        count, group = (re.escape(g.lower()) for g in asked.groups())
        stated = re.search(rf"\b{count}\s+{group}\b(.{{0,3}})", english.answer, re.IGNORECASE)
        if stated is not None and not re.match(r"\s*[:(,–-]?\s*[A-Z]", stated.group(1)):
            return True
    return False
