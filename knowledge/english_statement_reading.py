"""Deciding what fact an English statement, or a stem with options, is about: its values
(numbers, months) are what is checked, not what it is about; a person named in it may be the
wrong one, so an unclear reading is tried again without the names (knowledge/english.py,
true/false, choices and blanks in knowledge/english_engine.py)."""

from __future__ import annotations

from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_counts import headcount
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_fact_traits import named_persons_own, own_fact, persons_own
from knowledge.english_lexicon import TYPED_MONTHS
from knowledge.english_paired_details import paired_persons_own
from knowledge.english_quotes import CITING
from knowledge.english_rules import PERSON_TOKENS
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType


def decide_statement(
    matcher: EnglishMatcher, reading: Reading, question_type: QuestionType | None = None
) -> PartReply:
    """The fact a statement is about, as _decide_statement reads it, unless it chose another
    person's own fact than the one person the statement names («Uthman gave half his
    wealth»: Uthman's gift, not Umar's half; «Abu Bakr gave 950 camels»: Abu Bakr's gift,
    not Uthman's camels)."""
    decided = _decide_statement(matcher, reading, question_type)
    if not decided.answered or decided.fact is None or decided.reading is None:
        return decided
    owner = named_persons_own(matcher, decided.reading, decided.fact) or paired_persons_own(
        matcher, decided.reading, decided.fact
    )
    if owner is None:
        return decided
    return replace(decided, fact=owner, rule="the one person the statement names: his own fact")


def _decide_statement(
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
    # no fact uses («the first expedition») is read as the one they use («the last»). A number
    # right after a verse's citation («Surah at-Tawbah 38 praises …», «verse 9:38») names the
    # verse: it is what the statement is about, not a value. A number elsewhere («the verse
    # says 30,000 marched») is still a value to check.
    valued = reading
    cited = cited_numbers(reading.terms)
    reading = replace(
        reading,
        terms=tuple(
            dict.fromkeys(
                read
                for t in reading.terms
                if (t in cited or not t.isdigit()) and t not in TYPED_MONTHS
                for read in matcher.opposites.get(t, (t,))
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


def asked_persons_own(matcher: EnglishMatcher, decision: PartReply) -> PartReply | None:
    """«Did Abu Bakr give half his wealth?»: a yes/no question is a statement asked; it is
    about the one person it names, as a statement is (decide_statement), so his own fact
    answers it («Abu Bakr gave all his wealth»), not the fact of the share it names (Umar's
    half), and not an ask-back when his own fact leads or is among those offered."""
    reading = decision.reading
    if reading is None or reading.question_type is not QuestionType.YESNO:
        return None
    if decision.answered and decision.fact is not None:
        leader = decision.fact
    elif decision.outcome is EnglishOutcome.SUGGEST and decision.suggestions:
        leader = decision.suggestions[0]
    else:
        return None
    owner = named_persons_own(matcher, reading, leader)
    if owner is None and not decision.answered:
        # «Did Abdur Rahman ibn Auf give half of his wealth?»: his own fact leads but leaves
        # the share unexplained; it says the text does not state how much he gave.
        own = persons_own(matcher, reading)
        owner = own if own is not None and own.id == leader.id else None
    if owner is None:
        return None
    if not decision.answered and owner not in decision.suggestions:
        return None
    return PartReply(
        EnglishOutcome.ANSWER,
        reading,
        fact=owner,
        score=decision.score,
        rule="the one person a yes/no question names: his own fact",
        ranked=decision.ranked,
    )


def cited_numbers(terms: tuple[str, ...]) -> frozenset[str]:
    """The numbers that directly follow a citing word or a sura's name («verse 38», «tawbah
    38»), or another such number («tawbah 9 38»): the numbers that name a verse."""
    cited: set[str] = set()
    previous = ""
    for term in terms:
        if term.isdigit() and (previous in CITING or previous in cited):
            cited.add(term)
        previous = term
    return frozenset(cited)
