"""What an English question is weighed on: its terms without the year or era that only place
its subject, and the ranked facts about the people, subject or side it asks of."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge import tuning
from knowledge.english_attitudes import of_the_holder, of_the_opposed
from knowledge.english_broad import weighed_terms
from knowledge.english_era import era_label, without_era
from knowledge.english_fact_traits import doer_sides, owned
from knowledge.english_rules import (
    BACKGROUND_TERMS,
    DOERS,
    ONE_OF_PEOPLE,
    PERSON_TOKENS,
    PLURAL_PEOPLE,
    YEAR_TERMS,
    side_of,
)
from knowledge.english_side_deeds import without_scene_sides_facts
from knowledge.english_text import EnglishReader, Reading, concept, stem
from knowledge.lexicon import QuestionType

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored


def asked_terms(
    broad: dict[str, str],
    reader: EnglishReader,
    reading: Reading,
    terms: tuple[str, ...],
    *,
    lenient: bool,
) -> tuple[str, ...]:
    """The (corrected) terms to rank the facts by: without a year or era that only places
    the subject, and with a broad aspect's own words weighed (knowledge/english_broad.py)."""
    if era_label(reading):
        # «Explain why the Tabuk campaign of 630 CE took place»: as «9 AH» below, the
        # Common Era year only places the subject (knowledge/english_era.py).
        terms = without_era(terms)
    if "source" in terms and set(terms) - {"source"}:
        # «What does the text say about the hypocrites?»: every answer comes from the one
        # text, and no fact's words say «source»; weighed, it left the hypocrites' fact short.
        terms = tuple(t for t in terms if t != "source")
    if (
        not lenient
        and reading.question_type is not QuestionType.TIME
        and set(terms) >= YEAR_TERMS
        and ("tabuk" in terms or set(terms) - BACKGROUND_TERMS)
    ):
        # «Why did the Tabuk campaign (9 AH) take place?»: the year only places the
        # subject it names or the deed it asks; it would favour the facts that tell the
        # date over what is asked («What happened in 9 AH?» asks by the year).
        terms = tuple(t for t in terms if t not in YEAR_TERMS)
    if not lenient:
        # «Assess the importance of the donations»: the donations are what is weighed.
        terms = weighed_terms(broad, reader, reading, terms)
    return terms


# A side named after «for» («… end for the Muslims»): who it was for, not who acted.
_FOR_WORD = re.compile(r"\bfor\s+(?:the\s+)?([a-z]+)")


def _sides_it_was_for(normalized: str) -> set[str]:
    """The terms after «for» («for the Muslims» → «muslim»)."""
    return {concept(stem(word)) for word in _FOR_WORD.findall(normalized)}


def focused_ranking(
    matcher: EnglishMatcher,
    reading: Reading,
    terms: tuple[str, ...],
    ranking: list[Scored],
    *,
    lenient: bool,
) -> tuple[list[Scored], bool, set[str]]:
    """The ranking narrowed to the facts about what is asked of whom: not one person's own
    fact for several people, the one subject a describing clause follows, the side that
    acted; with whether several people are asked and the question's head terms."""
    several = (
        bool(PLURAL_PEOPLE & set(reading.normalized.split()))
        and not set(terms) & PERSON_TOKENS
        and not ONE_OF_PEOPLE.search(reading.normalized)
    )
    if several and reading.question_type is not QuestionType.PERSON:
        # «How did the wealthy companions help?»: several people are asked, not who; one
        # person's own fact does not answer for them all.
        ranking = [s for s in ranking if not owned(matcher, s.fact.id)] or ranking
    if not lenient:
        # «the attitude of the Romans towards the Muslims»: the Romans' (english_attitudes).
        ranking = of_the_holder(matcher, reading.normalized, ranking)
        ranking = of_the_opposed(matcher, reading, ranking)
    head = set(terms) - set(reading.described) - BACKGROUND_TERMS
    if reading.described and len(head) == 1 and not lenient:
        # «What did the hypocrites do when the Prophet called for Tabuk?»: the clause
        # only sets the scene; the question is about the one subject before it, and the
        # facts about that subject are the ones to weigh.
        subject = next(iter(head))
        about = [s for s in ranking if matcher.asks_about(s.fact.id, subject)]
        if (
            subject in matcher.reader.name_tokens
            and about
            and ranking[0].score - about[0].score <= tuning.EN_SUGGEST_WINDOW
        ):
            ranking = about
    if reading.described and not lenient:
        ranking = without_scene_sides_facts(
            matcher, reading.normalized, head, reading.described, ranking
        )
    # «How did Tabuk end for the Muslims?»: a side after «for» is who it ended for, not who did.
    beneficiaries = _sides_it_was_for(reading.normalized)
    doers = {side_of(t) for t in terms if t in DOERS and t not in beneficiaries}
    if reading.question_type is QuestionType.MANNER and len(doers) == 1 and not lenient:
        # «How did the Muslims prepare?»: a fact telling only what another side did (the
        # Romans' build-up) does not answer it, nor rivals the one telling what they did.
        ranking = [
            s
            for s in ranking
            if doers <= doer_sides(matcher, s.fact.id) or not doer_sides(matcher, s.fact.id)
        ] or ranking
    return ranking, several, head
