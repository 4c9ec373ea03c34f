"""What ranking facts for a question gives back: each fact's standing (Candidate), the
ranking with what the decision needs to know (Ranking), and what one fact states and how
it is asked for (FactProfile). Built by knowledge/matcher.py, read by the decision."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.analysis import Analysis
from knowledge.lexicon import QuestionType
from knowledge.models import Fact


@dataclass(frozen=True, slots=True)
class Candidate:
    """One fact's standing for a question."""

    fact: Fact
    score: float
    phrasing: str
    # Share of the question's weight in words that point away from this fact: words of
    # other facts' questions, or words this fact does not contain at all.
    unexplained: float = 0.0
    # The question names someone or something (الروم, عمر) that other facts are asked
    # about and this one does not mention at all, not even in its answer.
    entity_conflict: bool = False
    # The fact answers the kind of question asked (a place for «أين», a number for «كم»).
    type_fits: bool = True


@dataclass(frozen=True, slots=True)
class Ranking:
    """Facts ranked for a question, with what the decision needs to know."""

    analysis: Analysis
    candidates: tuple[Candidate, ...]
    unknown_terms: tuple[str, ...]
    matched_terms: tuple[str, ...]
    # A word was read only through the leader's own words (see Matcher.rank).
    read_in_context: bool = False


@dataclass(frozen=True, slots=True)
class FactProfile:
    """What one fact states (its words) and how its phrasings ask for it."""

    fact: Fact
    # Every word of its phrasings, keywords, answer and source (stemmed).
    terms: frozenset[str]
    # The content words and question type of each distinct phrasing.
    asked: tuple[tuple[frozenset[str], QuestionType], ...]
    # The answer's words as typed (normalised), to see what values it gives.
    answer_words: frozenset[str]
    # The words of its keywords: what the fact is about, in a word or two.
    keyword_terms: frozenset[str] = frozenset()
    # Each keyword's words on their own.
    keyword_sets: tuple[frozenset[str], ...] = ()
