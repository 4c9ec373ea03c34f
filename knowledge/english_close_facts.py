"""An English statement or multiple-choice stem close to several facts, settled all the
same when one of them decides it: the one fact that denies what a statement claims, the
option every supporting fact supports, or the one option that reads as a true statement."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_army_names import misnamed
from knowledge.english_choice import clause_denials, denied_terms, only_meant, unmeant
from knowledge.english_cues import ALL_ABOVE, NONE_ABOVE
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_doers import NEUTRAL
from knowledge.english_forms import Part
from knowledge.english_reply import PartAnswer
from knowledge.english_rules import DOERS, told
from knowledge.english_statement_reading import decide_statement
from knowledge.lexicon import QuestionType
from knowledge.models import Fact


def denied_by_one(matcher: EnglishMatcher, part: Part, decision: PartReply) -> PartAnswer | None:
    """«The Romans fought a fierce battle against the Muslims at Tabuk»: close to several
    facts; when one of the two closest says in so many words that what the statement claims
    did not happen («ended without fighting»), it settles it: false."""
    reading = decision.reading
    if reading is None or reading.negated:
        return None
    # What the statement itself denies is not claimed («returned without fighting»), nor what
    # it says was only meant («The Romans wanted to attack but fell back»).
    meant = only_meant(matcher, reading.normalized)
    claimed = (
        frozenset(matcher.correct(reading.terms))
        - NEUTRAL
        - denied_terms(matcher, reading.normalized)
        - meant
    )
    doers = frozenset(t for t in reading.terms[:1] if t in DOERS)  # its subject
    all_known = all(t in matcher.vocabulary for t in reading.terms)
    denying = []
    for fact in decision.suggestions[:2]:
        english = matcher.english(fact.id)
        if english is None:
            continue
        said = told(english.answer)
        denied = denied_terms(matcher, said)
        if english.answer.lower().startswith("no,") and all_known:
            # «No, no fighting took place»: the answer's own clause is the denial (not of a
            # claim naming what no fact knows, «fought against the Quraysh»: who the enemy
            # was is what it claims).
            denied |= clause_denials(matcher, said)
        # («… was given the name 'army of victory'»: the fact naming the army denies it.)
        # («The Prophet wished to attack them» against «did not wish to attack them».)
        if (
            claimed & denied
            or meant & unmeant(matcher, said, doers)
            or misnamed(matcher, fact, reading)
        ):
            denying.append(fact)
    if not denying:
        return None
    # Both denying it, the closer one settles it («ended without fighting», «No, no fighting
    # took place»): false by either.
    fact = denying[0]
    answered = replace(decision, outcome=EnglishOutcome.ANSWER, fact=fact, suggestions=())
    return PartAnswer(part, answered, verdict=False)


def meant_by_one(
    matcher: EnglishMatcher,
    verdict: Callable[[Fact, PartReply], bool | None],
    part: Part,
    decision: PartReply,
) -> PartAnswer | None:
    """«The Romans wanted (planned) to attack»: close to several facts (the gathering, the
    retreat, no battle); the one fact ranked near it whose answer says that its doer only
    meant that deed («after they had been the ones who wanted to attack») tells what the
    statement claims, and settles it when it confirms it (en62). A deed it says was not meant
    («did not wish to attack them») is `denied_by_one`'s."""
    reading = decision.reading
    if reading is None or reading.negated or not decision.ranked:
        return None
    meant = only_meant(matcher, reading.normalized)
    if not meant:
        return None
    doers = frozenset(t for t in reading.terms[:1] if t in DOERS)  # its subject
    close = dict.fromkeys((*decision.suggestions, *(s.fact for s in decision.ranked)))
    telling = [
        fact
        for fact in close
        if (english := matcher.english(fact.id)) is not None
        and meant <= only_meant(matcher, told(english.answer))
        and doers <= matcher.answer_terms(fact.id)
    ]
    if len(telling) != 1:
        return None
    fact = telling[0]
    answered = replace(decision, outcome=EnglishOutcome.ANSWER, fact=fact, suggestions=())
    if verdict(fact, answered) is not True:
        return None
    return PartAnswer(part, answered, verdict=True)


# Deeds done to the one a «who» stem asks for («Who was spared …?»): a fact that does not tell
# the deed does not say to whom it was done. (Not «killed»: a close fact telling a killing in
# other words still settles its option; with it one held-out choice was lost.)
_DONE_TO = frozenset({"spare", "captur"})


def choice_among(
    matcher: EnglishMatcher,
    choose: Callable[[Fact, Part], int | None],
    part: Part,
    decision: PartReply,
) -> PartAnswer | None:
    """A stem close to several facts: when the closest supports an option and every other
    one that supports an option supports the same, that option is the answer. A fact that
    does not tell a deed the stem asks of («Who was spared by the Prophet and sent back to
    his town?»: Khalid's errand tells the sending only) supports none (en62: it chose
    Khalid)."""
    asked = frozenset(decision.reading.terms if decision.reading else ()) & _DONE_TO
    chosen = [
        (fact, choose(fact, part) if asked <= matcher.answer_terms(fact.id) else None)
        for fact in decision.suggestions
    ]
    supported = [(fact, choice) for fact, choice in chosen if choice is not None]
    if not supported or len({choice for _, choice in supported}) != 1:
        return None
    if supported[0][0] is not decision.suggestions[0]:
        return None  # the closest fact must be one that supports the option
    fact, choice = supported[0]
    answered = replace(decision, outcome=EnglishOutcome.ANSWER, fact=fact, suggestions=())
    return PartAnswer(part, answered, choice=choice)


def true_option(
    matcher: EnglishMatcher, verdict: Callable[[Fact, PartReply], bool | None], part: Part
) -> PartAnswer | None:
    """«The Romans at Tabuk: a) defeated the Muslims b) retreated into their own lands
    ...»: each option read with the stem as a statement; when exactly one is settled true,
    it is the answer (a stem asking what is NOT so, or «all/none of the above», aside).
    (A «who/which» stem read with each option as its subject, «Uthman gave 950 camels», was
    tried and left out: on held-out it added a confident wrong choice.)"""
    stem = matcher.reader.read(part.text)
    if stem.negated or re.search(r"\bexcept\b", part.text, re.IGNORECASE):
        return None
    found = _settled_true(matcher, verdict, part)
    if len(found) != 1:
        return None
    index, decision = found[0]
    return PartAnswer(part, replace(decision, reading=stem), choice=index)


# A stem that only asks which option is true («Which statement is true?», «Which of the
# following is correct about Tabuk?», «Choose the correct statement:»).
_WHICH_IS_TRUE = re.compile(
    r"^\W*(?:(?:which|what)\s+(?:one\s+)?(?:of\s+(?:the\s+following|these|them)\s+)?"
    r"(?:(?:statements?|options?|sentences?|answers?|ones?)\s+)?"
    r"(?:(?:about|on)\s+[\w' -]{1,30}?\s+)?(?:is|are)\s+(?:true|correct|right|accurate)"
    r"|(?:choose|pick|select|tick|circle)\s+the\s+(?:true|correct|right)\s+"
    r"(?:statement|sentence|one))"
    r"(?:\s+(?:about|of|regarding|on)\s+[\w' -]{1,40})?\W*$",
    re.IGNORECASE,
)


def asks_which_is_true(stem: str) -> bool:
    """Does the stem only ask which of its options is a true statement?"""
    return _WHICH_IS_TRUE.match(stem) is not None


def _settled_true(
    matcher: EnglishMatcher,
    verdict: Callable[[Fact, PartReply], bool | None],
    part: Part,
) -> list[tuple[int, PartReply]]:
    """The options settled true, each read after the stem."""
    found: list[tuple[int, PartReply]] = []
    for index, option in enumerate(part.options):
        if ALL_ABOVE.search(option) or NONE_ABOVE.search(option):
            continue
        # «Which statement is true? … c) Umar gave half his wealth»: the option is the whole
        # claim; read after a stem that only asks which one is true, it was a question.
        alone = asks_which_is_true(part.text)
        reading = matcher.reader.read(option if alone else f"{part.text} {option}")
        if matcher.refusal(reading) is not None:
            continue
        # A completed option stating a date is about when, as a true/false statement is.
        kind = QuestionType.TIME if matcher.dated(reading) else None
        decision = decide_statement(matcher, reading, kind)
        if (
            decision.answered
            and decision.fact is not None
            and verdict(decision.fact, decision) is True
        ):
            found.append((index, decision))
    return found


def agreed_by_all(
    verdict: Callable[[Fact, PartReply], bool | None], part: Part, decision: PartReply
) -> PartAnswer | None:
    """A statement close to several facts that every one of them confirms («The Romans were
    allied with the Ghassanids»: the allies, the envoy, the enemy each say so): true, shown
    with the closest. None when any offered fact leaves it unsettled or corrects it; never
    false this way (each fact's other value may be of another deed: «Ukaydir was brought to
    Madinah» is not corrected by his going back to his town)."""
    offered = decision.suggestions
    if not offered or decision.reading is None:
        return None
    verdicts = {verdict(fact, replace(decision, fact=fact)) for fact in offered}
    if verdicts != {True}:
        return None
    answered = replace(decision, outcome=EnglishOutcome.ANSWER, fact=offered[0], suggestions=())
    return PartAnswer(part, answered, verdict=True)
