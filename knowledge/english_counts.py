"""Whose count a number is: a count an answer gives of one person's gift does not settle a
count a statement gives of the whole army, nor the other way round («The army had about
40,000 camels» against «Uthman gave 950 camels»: the text never counts the army's camels).

Kept apart from the verdicts (knowledge/english_verdict.py) so each module stays small.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.english import EnglishMatcher
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_rules import told

# Words naming the whole army or the Muslims as one body, the owner of a count of all of them.
WHOLE = frozenset({"army", "soldier", "muslim"})
# The Prophet is named in nearly every answer as leader, not as the owner of a count.
_LEADER = "prophet"
# Spans of time (knowledge/english_verdict.py reads them too).
PERIODS = frozenset({"day", "week", "month", "year"})
# A number beside these is a date or span, which has no owner.
_DATED = PERIODS | {"ah"}
_SENTENCES = re.compile(r"[.;]\s+")


def _persons(terms: Iterable[str]) -> set[str]:
    """The persons named, the Prophet aside."""
    return {t for t in terms if VALUE_CLASSES.get(t) == "person" and t != _LEADER}


def other_owner(
    matcher: EnglishMatcher, answer_text: str, statement: frozenset[str], numbers: list[str]
) -> bool:
    """Does a statement's number count something of another owner than every number the
    answer gives? The answer's number belongs to the persons named in its sentence, or to
    the whole army when its sentence names the army and no person."""
    if not numbers or not all(t.isdigit() for t in numbers) or _DATED & statement:
        return False  # no count, or a date («in 9 AH») rather than a count of anything
    said_persons = _persons(statement)
    said_whole = bool(statement & WHOLE)
    owners: list[str] = []
    for sentence in _SENTENCES.split(told(answer_text)):
        terms = set(matcher.correct(matcher.reader.read(sentence).terms))
        if not any(t.isdigit() for t in terms):
            continue
        persons = _persons(terms)
        if persons:
            owners.append("person" if persons & said_persons else "other person")
        elif terms & WHOLE:
            owners.append("whole")
        else:
            return False  # a count of no named owner: any statement may dispute it
    if not owners:
        return False
    if said_persons:
        # «Ali gave 1,000 camels» against «the army numbered 40,000»: not the army's count.
        return all(owner == "whole" for owner in owners)
    # «The army had 40,000 camels» against «Uthman gave 950 camels»: not Uthman's count.
    return said_whole and all(owner != "whole" for owner in owners)


# What a bare count of the army may say besides the count: where it went, that it went
# («marched out»), and «strong» of «10,000 strong», which only says it is a headcount.
_HEADCOUNT_WORDS = frozenset(
    {"tabuk", "expedition", "march", "go", "out", "number", "be", "only", "strong"}
)


def headcount(terms: tuple[str, ...]) -> tuple[str, ...] | None:
    """The terms of «how many they were» when a statement only counts the army or the
    Muslims («The Muslim army was only 3,000», «About 3,000 Muslims marched to Tabuk»):
    their size is its claim, whatever else it names; None for any other statement (a
    count of camels, days or a date is not a headcount)."""
    numbers = [t for t in terms if t.isdigit()]
    whole = [t for t in terms if t in WHOLE]
    rest = [t for t in terms if not t.isdigit() and t not in WHOLE]
    if not numbers or not whole or _DATED & set(terms):
        return None
    if any(t not in _HEADCOUNT_WORDS for t in rest):
        return None
    return (*dict.fromkeys(whole), "number")


# Tokens before a figure that make it a lower bound («more than 40,000», «over 40,000» are
# read «morethan»; «above», «exceeded»; «at least», whose «least» the reader may spell «last»).
_BOUND_BEFORE = frozenset({"morethan", "above", "exceed", "exceeded", "exceeds", "exceeding"})
_AT_LEAST = (("at", "least"), ("at", "last"))


def _bounded(tokens: tuple[str, ...]) -> set[str]:
    """The figures given as lower bounds («more than 40,000», «40,000 or more»)."""
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if not token.isdigit():
            continue
        before = tokens[max(0, i - 2) : i]
        if (before and before[-1] in _BOUND_BEFORE) or tuple(before) in _AT_LEAST:
            found.add(token)
        if tokens[i + 1 : i + 3] == ("or", "more"):
            found.add(token)
    return found


def bound_as_exact(statement: tuple[str, ...], answer: tuple[str, ...]) -> bool:
    """Does a statement give as a plain figure one the answer gives only as a lower bound?
    («40,000 soldiers went to Tabuk» against «more than 40,000»: the text does not say 40,000
    went, nor that they were fewer; the statement is not settled, and the reply shows the
    text's figure.)"""
    bounds = _bounded(answer) - _bounded(statement)
    return any(t in bounds for t in statement if t.isdigit())


def implied_by_bound(statement: tuple[str, ...], answer: tuple[str, ...]) -> frozenset[str]:
    """The statement's figures bounded from below at or under one the answer gives only as a
    lower bound («more than 30,000» against «more than 40,000»): they follow from it. A figure
    ten times smaller counts something else (950 camels). (A figure above the bound is left
    to the other checks: «more than 100,000» may count the Romans, whom the text does not.)"""
    bounds = [int(t) for t in _bounded(answer)]
    return frozenset(
        token
        for token in _bounded(statement)
        if any(bound / 10 <= int(token) <= bound for bound in bounds)
    )


def beyond_bound(statement: tuple[str, ...], answer: tuple[str, ...]) -> frozenset[str]:
    """The statement's figures above a lower bound the answer gives («the army was 50,000»,
    «over 50,000», «fewer than 50,000» against «more than 40,000»): the text allows them
    and does not state them, so they are no rival figure and settle nothing. (A figure at or
    under the bound is refuted by it, or follows from it: `implied_by_bound`.)"""
    bounds = [int(t) for t in _bounded(answer)]
    return frozenset(t for t in statement if t.isdigit() and any(int(t) > b for b in bounds))


def under_bound(statement: tuple[str, ...], answer: tuple[str, ...]) -> bool:
    """Does the statement put a count under a figure at or below a lower bound the answer
    gives («fewer than 40,000» against «more than 40,000»; read «lessthan», english_phrases)?
    Then it is refuted by it. A figure ten times smaller counts something else (950 camels); a
    figure above the bound («fewer than 100,000») is allowed and not stated (`beyond_bound`)."""
    bounds = [int(t) for t in _bounded(answer)]
    return any(
        token.isdigit()
        and i > 0
        and statement[i - 1] == "lessthan"
        and any(bound / 10 <= int(token) <= bound for bound in bounds)
        for i, token in enumerate(statement)
    )
