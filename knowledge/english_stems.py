"""A multiple choice is settled only by a fact that tells what its stem asks, not by one that
merely names an option: «Who commanded at Mu'tah first? a) Zayd b) Khalid …» (the fact naming
Khalid does not say who was first), «The Roman army numbered: … over 40,000» (the count is
the Muslims' army's). Part of answering English choices (knowledge/english_engine.py)."""

from __future__ import annotations

import re
from dataclasses import Field, replace
from typing import Any, ClassVar, Protocol, TypeVar

from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_emoji import emoji_listed
from knowledge.english_rules import COMMON_NAMES
from knowledge.english_text import Reading
from knowledge.models import Fact

# «Which of the following is correct about …?»: the options carry what is asked.
_ABOUT_OPTIONS = re.compile(r"\b(?:following|these|above|below|options?|statements?)\b", re.I)


class _Reader(Protocol):
    @property
    def name_tokens(self) -> frozenset[str]: ...

    def read(self, text: str) -> Reading: ...


class _Matcher(Protocol):
    @property
    def reader(self) -> _Reader: ...

    def decide(self, text: str) -> PartReply: ...

    def knows(self, fact_id: str, term: str) -> bool: ...

    def is_part_of(self, part_id: str, whole_id: str) -> bool: ...


def untold_stem(matcher: _Matcher, stem: str, fact: Fact | None) -> bool:
    """Does the stem ask what no fact tells (read alone, strictly), or name someone or
    something the chosen fact does not know? A stem that is only a topic («Tabuk:») leaves
    the question to its options."""
    reading = matcher.reader.read(stem)
    if fact is None or len(set(reading.terms)) < 2:
        return False
    alone = matcher.decide(stem)
    if alone.outcome in (EnglishOutcome.UNKNOWN, EnglishOutcome.GAP):
        return True
    if (
        stem.rstrip().endswith("?")
        and not _ABOUT_OPTIONS.search(stem)
        and fact not in (alone.fact, *alone.suggestions)
        # («What happened at Tabuk? … c) no fighting took place»: the stem asks the whole
        # story, and the options one part of it.)
        and not (alone.fact is not None and matcher.is_part_of(fact.id, alone.fact.id))
    ):
        # A question the stem asks alone is another fact's (or none's): an option named by
        # the fact the options lead to is not what it asks.
        return True
    # A statement read leniently may hold a wrong name on purpose; a stem's names are not
    # the options: «The Roman army …» is not the Muslims' army.
    return any(
        t in matcher.reader.name_tokens and t not in COMMON_NAMES and not matcher.knows(fact.id, t)
        for t in reading.terms
    )


class _Part(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def labels(self) -> tuple[str, ...]: ...


class _Answer(Protocol):
    # A dataclass (PartAnswer), so that replace() may copy it.
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    @property
    def part(self) -> _Part: ...

    @property
    def decision(self) -> PartReply: ...

    @property
    def choice(self) -> int | None: ...

    @property
    def fact(self) -> Fact | None: ...


AnswerT = TypeVar("AnswerT", bound=_Answer)


def unsettled_choice(matcher: _Matcher, answer: AnswerT) -> AnswerT:
    """The answer, asked back instead when its chosen option rests on a fact that does not
    tell what the stem asks."""
    if answer.choice is not None and emoji_listed(answer.part.labels):
        return replace(answer, choice=None)  # an emoji list: read, but no option picked
    if answer.choice is None or not untold_stem(matcher, answer.part.text, answer.fact):
        return answer
    near = (answer.fact,) if answer.fact is not None else ()
    asked_back = replace(
        answer.decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=near
    )
    return replace(answer, choice=None, decision=asked_back)
