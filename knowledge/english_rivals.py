"""Which runners-up are real rivals of the English leader: the facts that cannot answer the
form asked, the overview, one person's own fact when several or no one is asked, and facts
that leave much more of the question unexplained are set aside before the margin is taken
(knowledge/english.py decides with what is left)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge import tuning
from knowledge.english_fact_traits import owned
from knowledge.english_lexicon import STRICT_TYPES
from knowledge.english_rules import (
    BACKGROUND_TERMS,
    COMMON_NAMES,
    PERSON_TOKENS,
    SCENE_TERMS,
    SIDE_NAMES,
    asks_count,
)
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored


def real_rivals(
    matcher: EnglishMatcher,
    top: Scored,
    ranking: list[Scored],
    terms: tuple[str, ...],
    reading: Reading,
    *,
    several: bool,
    head: set[str],
    lenient: bool,
) -> tuple[Scored, list[Scored]]:
    """The fact to weigh (the closest that fits a strict question word, if the leader does
    not) and its real rivals, best first. `several`: the question asks about several
    people; `head`: its words beyond a describing clause and the background."""
    rivals = ranking[1:]
    fitting = [s for s in ranking if s.type_fits]
    if reading.question_type in STRICT_TYPES and fitting and not top.type_fits:
        # «Where did the army march to in Rajab?»: the call to arms in Rajab says no place;
        # the closest fact that says where is the one to weigh.
        top, rivals = fitting[0], fitting[1:]
    if top.type_fits and reading.question_type is not QuestionType.NONE:
        rivals = [s for s in rivals if s.type_fits]
    if asks_count(reading) and not set(terms) & (PERSON_TOKENS | {"give"}):
        # «How many were in the army?»: a count in one person's own fact is what he gave,
        # no rival to the army's count.
        rivals = [s for s in rivals if not owned(matcher, s.fact.id)]
    if (
        reading.question_type is QuestionType.MANNER
        and not set(terms) & PERSON_TOKENS
        and not owned(matcher, top.fact.id)
    ):
        # «How was the army equipped?»: how the whole was done, naming no one; one
        # person's own gift is a piece of it, no rival.
        rivals = [s for s in rivals if not owned(matcher, s.fact.id)]
    if several:
        # «list of sahaba who gave money»: several people are asked; one person's own fact
        # is no rival to the fact about all of them.
        rivals = [s for s in rivals if not owned(matcher, s.fact.id)]
    if set(terms) - BACKGROUND_TERMS:
        # The whole story tells a little of everything: a question asking more than the
        # subject («What happened to the Romans?») is not the overview's.
        rivals = [s for s in rivals if s.fact.answer_type is not AnswerType.OVERVIEW]
    named = {
        t for t in terms if t in matcher.reader.name_tokens and t not in COMMON_NAMES
    } - SIDE_NAMES
    if len(named) == 1 and not lenient and not asks_a_partner(reading):
        # «how the battle of Mu'tah formed the background to Tabuk»: the one name asked
        # about is the winner's own subject; a fact that only mentions it is no rival.
        name = next(iter(named))
        owners = [f for f in matcher.entries if matcher.asks_about(f, name)]
        if owners == [top.fact.id]:
            rivals = []
    if named and not lenient:
        rivals = _aspect_of_named(matcher, top, rivals, terms, named)
    if reading.described and head and head <= matcher.entries[top.fact.id].vocabulary:
        # «the conditions under which ...»: a rival not knowing «conditions» is none.
        rivals = [s for s in rivals if head <= matcher.entries[s.fact.id].vocabulary]
    rivals = _saying_neither(matcher, top, rivals, terms, reading)
    # A rival that leaves much more of the question unexplained than the winner is no
    # real rival («the reasons why the Prophet led his army»: the army's name).
    rivals = [s for s in rivals if s.unexplained <= top.unexplained + tuning.EN_RIVAL_MAX_EXTRA]
    if not top.unexplained and not lenient:
        # The winner explains every word: a rival that leaves a real part unexplained
        # («reluctant» of the verse about those slow to go out) is no rival.
        rivals = [
            s
            for s in rivals
            if s.unexplained < tuning.EN_CLEAN_RIVAL_MAX_UNEXPLAINED
            or top.score - s.score < tuning.EN_CLEAN_RIVAL_MIN_MARGIN
        ]
    return top, rivals


# Prepositions left at the end of a question whose «who» is their object: «Who were the
# Ghassanids allied with?», «… fighting with at Tabuk?» ask another party than the one named.
_PARTNER_PREPOSITIONS = frozenset({"with", "alongside", "against"})
# What may follow that preposition and only place the question: «… fighting with at Tabuk».
_PLACING = frozenset({"at", "in", "during", "before", "tabuk", "the", "expedition", "of"})


def asks_a_partner(reading: Reading) -> bool:
    """Does a «who» question ask whom the one it names was with or against? Then the party
    asked is another, and a fact naming the two together rivals the named one's own fact."""
    words = reading.normalized.split()
    if not words or words[0] not in ("who", "whom"):
        return False
    for i, word in enumerate(words[2:], 2):
        if word in _PARTNER_PREPOSITIONS and all(w in _PLACING for w in words[i + 1 :]):
            return True
    return False


def _aspect_of_named(
    matcher: EnglishMatcher,
    top: Scored,
    rivals: list[Scored],
    terms: tuple[str, ...],
    named: set[str],
) -> list[Scored]:
    """«Describe the outcome of Khalid's expedition to Dumat al-Jandal»: an aspect word
    («outcome», «significance») of subjects the leader is asked about is theirs; a fact
    asked about none of them (the whole expedition's outcome) shares only the aspect and
    is no rival. Facts asked about a named subject too (the jizya of Dumat) stay."""
    rest = set(terms) - named - BACKGROUND_TERMS
    if not rest or not rest <= matcher.aspects:
        return rivals
    if not all(matcher.asks_about(top.fact.id, n) for n in named):
        return rivals
    return [s for s in rivals if any(matcher.asks_about(s.fact.id, n) for n in named)]


def _answers_yes_or_no(matcher: EnglishMatcher, fact_id: str) -> bool:
    english = matcher.english(fact_id)
    return english is not None and english.answer.lower().startswith(("yes", "no,", "no "))


def _saying_neither(
    matcher: EnglishMatcher,
    top: Scored,
    rivals: list[Scored],
    terms: tuple[str, ...],
    reading: Reading,
) -> list[Scored]:
    """«Did the Muslims fight at Tabuk?», led by the fact answering «No, no fighting took
    place…»: a rival that neither answers yes or no nor states the deed asked (who the enemy
    was, what the Romans gathered) cannot answer it, and is no rival (en59)."""
    if reading.question_type is not QuestionType.YESNO:
        return rivals
    if not _answers_yes_or_no(matcher, top.fact.id):
        return rivals
    asked = set(terms) - matcher.reader.name_tokens - SCENE_TERMS - SIDE_NAMES
    if not asked or not asked <= matcher.answer_terms(top.fact.id):
        return rivals
    return [
        s
        for s in rivals
        if _answers_yes_or_no(matcher, s.fact.id) or asked <= matcher.answer_terms(s.fact.id)
    ]
