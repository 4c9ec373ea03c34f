"""The matcher's record of each fact: its phrasings, the groups they fall into, and the
precomputed views (lengths, compact letters, word-to-group maps) that scoring reads."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.lexicon import QuestionType
from knowledge.models import Fact


@dataclass(slots=True)
class Phrasing:
    """One known phrasing of a fact: its normalised text, content words and type."""

    normalized: str
    terms: frozenset[str]
    text: str
    question_type: QuestionType
    weight: float = 0.0


@dataclass(slots=True)
class PhrasingGroup:
    """Phrasings of one fact with the same content words and question type."""

    terms: frozenset[str]
    question_type: QuestionType
    text: str
    weight: float


@dataclass(slots=True)
class IndexedFact:
    """One fact as the matcher indexes it: its word bag, phrasings and their groups."""

    fact: Fact
    bag: dict[str, float]
    phrasings: list[Phrasing]
    answer_normalized: str
    groups: list[PhrasingGroup] = field(default_factory=list)
    # Each group's weight, and by the question type asked its type factor (1.0, or
    # PHRASING_TYPE_MISMATCH for another type), by group index (_score's inner loop).
    group_weights: tuple[float, ...] = ()
    type_fits: dict[QuestionType, tuple[float, ...]] = field(default_factory=dict)
    # The normalised phrasings shortest first, and their lengths: a phrasing far longer
    # or shorter than the question cannot reach VERBATIM_RATIO, so it is never compared.
    normalized_phrasings: list[str] = field(default_factory=list)
    phrasing_lengths: list[int] = field(default_factory=list)
    # The same and the answer in near_verbatim.compact() letters, as rapidfuzz compares them.
    compact_phrasings: list[str] = field(default_factory=list)
    compact_answer: str = ""
    asked_types: frozenset[QuestionType] = frozenset()
    # For each word, the indexes of the groups whose phrasings contain it.
    groups_by_term: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # For each word, the smallest weight of a group holding it (for the score bound).
    lightest_group: dict[str, float] = field(default_factory=dict)
