"""Deciding what fact an English statement, or a stem with options, is about: its values
(numbers, months) are what is checked, not what it is about; a person named in it may be the
wrong one, so an unclear reading is tried again without the names (knowledge/english.py,
true/false, choices and blanks in knowledge/english_engine.py)."""

from __future__ import annotations

from dataclasses import replace

from knowledge.english import EnglishMatcher, EnglishOutcome, PartReply
from knowledge.english_counts import headcount
from knowledge.english_fact_traits import own_fact
from knowledge.english_lexicon import TYPED_MONTHS
from knowledge.english_rules import PERSON_TOKENS
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType


def decide_statement(
    matcher: EnglishMatcher, reading: Reading, question_type: QuestionType | None = None
) -> PartReply:
    """The fact a statement or a stem with options is about (true/false, choices, blanks).

    A false statement holds wrong values («Ramadan 8 AH»), so words the fact does not
    know do not block it as they block a question; the verdict or the choice is then
    settled against the fact's answer. A person named in it may be the wrong one («Abu
    Bakr led the army»): if the first reading is not clear, it is read again without
    the person names.
    """
    if question_type is not None:
        reading = replace(reading, question_type=question_type)

    # Its numbers and months are the values to check, not what it is about; an opposite
    # no fact uses («the first expedition») is read as the one they use («the last»).
    valued = reading
    reading = replace(
        reading,
        terms=tuple(
            dict.fromkeys(
                matcher.opposites.get(t, t)
                for t in reading.terms
                if not t.isdigit() and t not in TYPED_MONTHS
            )
        ),
    )
    first = replace(matcher.decide_reading(reading, lenient=True), reading=valued)
    size = headcount(valued.terms)
    if size is not None:
        # «The Muslim army was only 3,000»: a bare count of the army says how many they
        # were, whatever fact its other words are closest to (the army's stay, the reasons).
        sized = matcher.decide_reading(replace(reading, terms=size), lenient=True)
        if sized.answered and sized.fact is not None and matcher.entries[sized.fact.id].counts:
            return replace(sized, reading=valued)
    if (
        first.answered
        and first.fact is not None
        and not matcher.entries[first.fact.id].counts
        and any(t.isdigit() for t in valued.terms)
        and not matcher.dated(valued)
    ):
        # «The army of Tabuk was 30,000»: a number is checked against a fact that counts.
        counted = matcher.decide_reading(
            replace(valued, terms=tuple(t for t in valued.terms if t not in TYPED_MONTHS)),
            lenient=True,
        )
        if counted.answered and counted.fact and matcher.entries[counted.fact.id].counts:
            return replace(counted, reading=valued)
    if first.answered or first.outcome not in (EnglishOutcome.SUGGEST,
                                               EnglishOutcome.UNKNOWN):  # fmt: skip
        return first
    own = own_fact(matcher, reading)
    if own is not None:
        return PartReply(EnglishOutcome.ANSWER, valued, fact=own.fact, score=own.score)
    from knowledge.english_denials import denying_fact  # (it reads answers: a cycle)

    denying = denying_fact(matcher, reading, first.suggestions)
    if denying is not None:
        return PartReply(EnglishOutcome.ANSWER, valued, fact=denying, score=first.score)
    unnamed = tuple(t for t in reading.terms if t not in PERSON_TOKENS)
    if unnamed == reading.terms or not unnamed:
        return first
    second = matcher.decide_reading(replace(reading, terms=unnamed), lenient=True)
    if second.answered:
        return replace(second, reading=valued)
    return first
