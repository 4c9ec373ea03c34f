"""The person a «who» part (or a «Name the …» command) was answered with, as the antecedent
of a later «he» or «him»,
and the place a «where» part was answered with, as the antecedent of a later «there».

«(i) Who was the chief of Dumat al-Jandal? (ii) What did the Prophet do with him?»: «him»
is the chief, whom the first answer names (Ukaydir), not a word of the first question.
«Where did Khalid go during Tabuk, who was the ruler there, …?»: «there» is the place the
first answer names (Dumat al-Jandal). «(i) Against which empire did the Muslims march?
(ii) Which Arabs were allied with that empire?»: «that empire» is the one the first answer
names (the Byzantine Empire). Part of reading English messages in parts
(knowledge/english_engine.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from knowledge.english_cues import PERSONAL_PRONOUN
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType
from knowledge.models import Fact

# «that empire», «this tribe»: a noun pointed back at.
_POINTED_NOUN = re.compile(r"\b(?:that|this|the\s+same)\s+([a-z]{3,})\b", re.IGNORECASE)
# «there» pointing back at a place («who was the ruler there»), or «its» («who was its
# chief?»: the place's own chief).
_THERE = re.compile(r"\b(?:there|its)\b", re.IGNORECASE)
# «… which one gave everything he owned?», «and which of them gave half?»: another person of
# those asked about is asked for; «he» is that one (bound by the question), not the answer.
_WHICH_ONE = re.compile(
    r"^\W*(?:(?:and|plus|also|but|btw)\W+)*which\s+(?:one|of\s+them|companion|sahabi|sahaba)\b",
    re.IGNORECASE,
)


class _Reader(Protocol):
    def read(self, text: str) -> Reading: ...


class _Matcher(Protocol):
    @property
    def reader(self) -> _Reader: ...

    def answer_terms(self, fact_id: str) -> frozenset[str]: ...

    def asks_about(self, fact_id: str, term: str) -> bool: ...


class _Answer(Protocol):
    @property
    def answered(self) -> bool: ...

    @property
    def fact(self) -> Fact | None: ...

    @property
    def decision(self) -> _Decision: ...


class _Decision(Protocol):
    @property
    def reading(self) -> Reading | None: ...


def with_answered_person(
    matcher: _Matcher, context: Reading | None, answers: Sequence[_Answer], text: str
) -> Reading | None:
    """The context for a part saying «he», «him» or «his» right after a «who» part that was
    answered: that part's reading with the one person its answer is about added."""
    previous = answers[-1] if answers else None
    if (
        context is None
        or previous is None
        or not previous.answered
        or previous.decision.reading is not context
        or previous.fact is None
    ):
        return context
    if context.question_type is QuestionType.PLACE and _THERE.search(text):
        return _with_own(matcher, context, previous.fact, "place")
    # «Name the Roman emperor …», «Give the name of the ruler …» ask a person by his name,
    # as «who» does: «he» after them is the one person the answer names (none when the
    # answer names no person: «Name the army»).
    asked_person = context.question_type is QuestionType.PERSON or context.names
    if not asked_person or not PERSONAL_PRONOUN.search(text):
        return context
    if matcher.reader.read(text).question_type is QuestionType.PERSON or _WHICH_ONE.match(text):
        # «Who gave half his wealth? And who gave all of it?»: a new «who» asks another
        # person; its «his» is the giver asked, not the one answered before.
        return context
    return _with_own(matcher, context, previous.fact, "person")


def _with_own(matcher: _Matcher, context: Reading, fact: Fact, kind: str) -> Reading:
    """The context with the one value of the kind (a person, a place) the answer is about."""
    named = [t for t in matcher.answer_terms(fact.id) if VALUE_CLASSES.get(t) == kind]
    # The one the answer names is the one asked («Who led Tabuk?»: the Prophet, whom its
    # phrasings need not name); of several, the answer's own subject.
    own = named if len(named) == 1 else [t for t in named if matcher.asks_about(fact.id, t)]
    # Only one is named as the answer's own subject: that is who (or where) was asked.
    if len(own) != 1 or own[0] in context.terms:
        return context
    return replace(context, terms=(*context.terms, own[0]))


def named_antecedent(text: str, asked: str, answer: str) -> str | None:
    """The text with «that <noun>» written as the name the previous answer gives it, when
    the previous question asked «which <noun>» («… allied with that empire?» after «Against
    which empire …?» answered «… the Byzantine Empire …»); None otherwise. Only a name the
    answer writes with that very noun («Byzantine Empire») is taken: a guess would be worse
    than the words pointing back."""
    pointed = _POINTED_NOUN.search(text)
    if pointed is None:
        return None
    noun = re.escape(pointed.group(1).lower())
    if not re.search(rf"\b(?:which|what)\s+(?:[a-z]+\s+)?{noun}\b", asked, re.IGNORECASE):
        return None
    # A leading article («The Byzantine Empire, under Heraclius.») is matched outside the
    # name, so a capital «The» opening the answer does not hide the name behind it.
    names = {
        m.group(1)
        for m in re.finditer(
            rf"\b(?:(?:The|A|An)\s+)?((?:[A-Z][\w'-]+\s+){{1,3}}(?i:{noun}))\b", answer
        )
        if not m.group(1).lower().startswith(("the ", "a ", "an ", "this ", "that "))
    }
    if len(names) != 1:
        return None
    return f"{text[: pointed.start()]}the {names.pop()}{text[pointed.end() :]}"
