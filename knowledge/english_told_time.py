"""A time a «why» question tells is when the deed happened, not what it asks (issue 17).

«Why did the Prophet announce the mobilisation in Rajab 9 AH?» asks the reason for the call;
«Rajab» and «9 AH» only place it, and weighed as asked words they pull in the date and the
call itself, which do not say why (the question was asked back). Asked why, and unsure, the
question is decided again without the told month and year, when each is a time the text
itself gives (the expedition's own date): a time the text never gives («… in Shawwal?») may
be a wrong premise, and stays asked back; so does a question whose only deed is the
expedition itself («Why was Tabuk in Rajab?» asks why then, which the text does not state).
The English mirror of the Arabic `told_value`.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_cues import GENERIC
from knowledge.english_decision import PartReply
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import SCENE_TERMS
from knowledge.lexicon import QuestionType

# «9 AH», «the ninth year»: the words that tell a year along with its number.
_YEAR_WORDS = frozenset({"ah", "year", "hijri", "hijrah"})


def _told_times(terms: tuple[str, ...]) -> frozenset[str]:
    """The month and year words among the terms («rajab», «9», «ah»)."""
    months = {t for t in terms if VALUE_CLASSES.get(t) == "month"}
    years = {t for t in terms if t in _YEAR_WORDS}
    if years:
        years |= {t for t in terms if t.isdigit()}
    return frozenset(months | years)


def untimed_reason(matcher: EnglishMatcher, decision: PartReply) -> PartReply:
    """The decision for a «why» question asked again without the time it tells."""
    reading = decision.reading
    if decision.answered or reading is None or reading.question_type is not QuestionType.REASON:
        return decision
    told = _told_times(reading.terms)
    rest = tuple(t for t in reading.terms if t not in told)
    if not told or not set(rest) - SCENE_TERMS - GENERIC:
        # «Why was Tabuk in Rajab?» asks why then: with the time gone, nothing is left of it.
        return decision
    given = set().union(*(matcher.answer_terms(f) for f in matcher.fact_ids()))
    if not {t for t in told if t not in _YEAR_WORDS} <= given:
        return decision  # a month or year the text never gives: a premise to leave unsure
    again = matcher.decide_reading(replace(reading, terms=rest))
    return again if again.answered else decision
