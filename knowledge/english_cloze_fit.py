"""Which fact a sentence with a blank quotes: a fill-in-the-blank exercise is a fact's own
sentence with a word taken out, so of the close facts a blank was asked back between, the one
whose English text holds every word of the sentence around the blank, in the same order, is
the one it was cut from («The Romans did not _____ so many Muslims to answer the call.»: the
Romans' surprise, not the believers who answered). Part of answering a blank
(knowledge/english_exercise_parts.py).

Only an ask-back is settled so: overriding a confident answer the same way («… was against
the ___ (Byzantines) and their Arab allies.»: the enemy fact, not the allied tribes) turned a
right answer of a CHECK round wrong (en64, counts only).
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.models import Fact
from knowledge.tuning import EN_CLOZE_MIN_TERMS, EN_SUGGEST_WINDOW


def _in_order(terms: tuple[str, ...], text: tuple[str, ...]) -> bool:
    """Are all the terms found in the text's terms, one after another in that order?"""
    at = 0
    for term in terms:
        try:
            at = text.index(term, at) + 1
        except ValueError:
            return False
    return True


def _text_terms(matcher: EnglishMatcher, fact: Fact) -> tuple[str, ...]:
    """A fact's English text as read, in order: its answer, then the verse it quotes."""
    english = matcher.english(fact.id)
    if english is None:
        return ()
    text = english.answer
    if english.verse is not None:
        text = f"{text} {english.verse.translation}"
    return matcher.reader.read(text).terms


def _near(decision: PartReply) -> list[Fact]:
    """The leader and the facts close behind it that the decision weighed."""
    facts: list[Fact] = [decision.fact] if decision.fact is not None else []
    facts += [f for f in decision.suggestions if f not in facts]
    if decision.ranked:
        top = decision.ranked[0].score
        facts += [
            s.fact
            for s in decision.ranked
            if top - s.score <= EN_SUGGEST_WINDOW and s.fact not in facts
        ]
    return facts


def quoted_fact(matcher: EnglishMatcher, sentence_terms: tuple[str, ...],
                decision: PartReply) -> PartReply | None:  # fmt: skip
    """The decision for a blank asked back, given to the one fact near the leader whose text
    holds the sentence's words in order; None when no such one fact settles it."""
    if len(sentence_terms) < EN_CLOZE_MIN_TERMS or decision.outcome is not EnglishOutcome.SUGGEST:
        return None
    quoting = [f for f in _near(decision) if _in_order(sentence_terms, _text_terms(matcher, f))]
    if len(quoting) != 1:
        return None
    fact = quoting[0]
    return replace(
        decision,
        outcome=EnglishOutcome.ANSWER,
        fact=fact,
        suggestions=(),
        rule="the one fact whose text the sentence with a blank quotes",
    )
