"""«خطأ» while the engine is unsure which fact a claimed detail is about.

A statement's detail is left out and asked for («خرج الجيش في رمضان» -> «متى خرج الجيش في»);
when the engine hesitates between several facts, the statement is still false when every
candidate that states this kind of detail states another value, whichever is meant. Reported
as the deciding rule "verdict: not confident". This module holds that one rule: which
candidates count, and which of them shows the correction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.answer_keys import SlotKind, mentions, words_of
from knowledge.claim_reading import Claim
from knowledge.claim_scope import set_aside
from knowledge.fact_checks import SIDES, in_passing
from knowledge.models import AnswerType, Fact
from knowledge.statement_sides import sides_swapped
from knowledge.tuning import AGREEING_DETAILS, SIDE_CORRECTION_COVERAGE

if TYPE_CHECKING:
    from knowledge.engine import Reply
    from knowledge.statements import StatementJudge

# The kind of answer a fact gives for each kind of detail (who, when, where, how many).
_ANSWER_OF: dict[SlotKind, AnswerType] = {
    SlotKind.PERSON: AnswerType.PERSON,
    SlotKind.PARTY: AnswerType.PERSON,
    SlotKind.MONTH: AnswerType.TIME,
    SlotKind.YEAR: AnswerType.TIME,
    SlotKind.NUMBER: AnswerType.NUMBER,
    SlotKind.PLACE: AnswerType.PLACE,
}


def correction_among_candidates(
    judge: StatementJudge,
    statement: str,
    claim: Claim,
    claims: list[Claim],
    words: tuple[str, ...],
    reply: Reply,
    about: frozenset[str],
    whole: Reply,
) -> Fact | None:
    """The fact that corrects `claim` when the engine, asked for it (`reply`), is unsure:
    every candidate that states this kind of detail states another value, the one offered
    first among them. None when the claim is not contradicted whichever candidate is meant."""
    judged = [
        (c.fact, judge.check(c.fact, claim))
        for c in reply.suggestions
        if any(slot.kind is claim.kind for slot in judge.slots(c.fact))
    ]
    if claim.kind in SIDES and about and not any(f.id in about for f, _ in judged):
        # none is what it is about («في غزوة مؤتة»), unless a place where something
        # was done («عسكر النبي … في دومة الجندل»)
        judged = [] if set_aside(claim, words, judge.keys, about) else judged
    if in_passing(claim):
        # (a fact that only mentions the Muslims states no side to set them against)
        judged = [(f, c) for f, c in judged if c]
    its_people = _its_people(words, claim.words) and not any(
        c.kind is SlotKind.PERSON for c in claims
    )
    if claim.kind is SlotKind.PLACE and judge.paired_elsewhere(
        claim, claims, judged, its_people=its_people
    ):
        # «دفع أهل أيلة الجزية للنبي»: the treaties pair Ayla with the Prophet and
        # are silent on their terms; Dumat's jizya says nothing of Ayla's
        judged = []
    if claim.kind is SlotKind.PERSON and any(
        c < 0 and judge.own_fact_silent(f, claim, claims) for f, c in judged
    ):
        # (stronger among candidates than the check below: one candidate whose
        # own fact is silent leaves the claim unsettled whichever is meant)
        judged = []
    if any(
        c.kind is SlotKind.PERSON and c.words and not _named_by_the_text(judge, c.words)
        for c in claims
    ):
        # «أرسل النبي أبا عبيدة إلى أيلة»: someone no fact names; unsure what the statement
        # is about, another fact's person (the Prophet who led) or place (Khalid's errand to
        # Dumat) says nothing of what he did
        return None
    if claim.kind is SlotKind.PERSON and _after_to(words, claim.words):
        # «أرسل النبي رسالة إلى هرقل»: the one sent to, corrected only by a fact naming
        # the one something was sent to (not the Prophet who led, nor Khalid who was sent)
        judged = [(f, c) for f, c in judged if c >= 0 or _names_one_sent_to(judge, f)]
    judged = [
        (f, c) for f, c in judged if c >= 0 or not judge.no_correction(f, claim, statement, claims)
    ]
    if claim.kind in SIDES or claim.kind is SlotKind.PERSON:
        # «للفقراء المهاجرين الذين أخرجوا من ديارهم»: a fact that states none of
        # the rest of the statement does not correct the side it names.
        judged = [
            (f, c)
            for f, c in judged
            if judge.covers(f, statement, claims, SIDE_CORRECTION_COVERAGE)
        ]
    if not (judged and claim.words and all(check < 0 for _, check in judged)):
        return None
    # The candidate that gives this kind of answer shows the correction
    # («ضد الفرس»: the enemy fact, not the mobilisation that names it too).
    fitting = [f for f, _ in judged if f.answer_type is _ANSWER_OF.get(claim.kind)]
    correction = (fitting or [judged[0][0]])[0]
    if reply.suggestions and all(f != reply.suggestions[0].fact for f, _ in judged):
        # «كان مع الروم مئة ألف جندي»: the facts offered first (the army's size, the verse)
        # say nothing of whose troops; the third (the hypocrites) names another party but
        # states nothing else the statement claims: not what it is about.
        others = [c for c in claims if c is not claim and (c.words or c.number is not None)]
        if others and not any(judge.check(correction, c) > 0 for c in others):
            return None
    if claim.kind is SlotKind.PERSON and _about_the_person(
        judge, statement, claim, claims, whole, correction
    ):
        return None
    return correction


_TO = frozenset(("الي", "الى"))
# «أهل أيلة», «سكان تبوك»: the people of a place (normalised)
_PEOPLE_OF = frozenset(words_of("أهل اهل سكان أهالي اهالي"))


def _its_people(words: tuple[str, ...], place: tuple[str, ...]) -> bool:
    """Whether the place stands right after «أهل/سكان» (its people act)."""
    return bool(place) and any(
        before in _PEOPLE_OF and words[at + 1 : at + 1 + len(place)] == place
        for at, before in enumerate(words)
    )


def _named_by_the_text(judge: StatementJudge, name: tuple[str, ...]) -> bool:
    """Whether any fact's answer or source names the person."""
    return any(
        mentions(words_of(fact.answer), name) or mentions(words_of(fact.source), name)
        for fact in judge.facts
    )


def _after_to(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether the name stands right after «إلى» (the one something was sent or went to)."""
    return bool(name) and any(
        before in _TO and words[at + 1 : at + 1 + len(name)] == name
        for at, before in enumerate(words)
    )


def _names_one_sent_to(judge: StatementJudge, fact: Fact) -> bool:
    """Whether the fact names its person right after «إلى» («بعث خالدًا إلى أكيدر»)."""
    said = words_of(fact.answer)
    return any(
        _after_to(said, value)
        for slot in judge.slots(fact)
        if slot.kind is SlotKind.PERSON
        for value in slot.values
    )


def _about_the_person(
    judge: StatementJudge,
    statement: str,
    person: Claim,
    claims: list[Claim],
    whole: Reply,
    correction: Fact,
) -> bool:
    """Whether a fact the statement as a whole may be about (the engine's answer to it, else
    the facts it offers for it) is about the person claimed (its person detail answers with
    him) and states every other detail the statement names, one at least («كان هرقل قائد
    الروم»: the Heraclius fact, «هرقل هو ملك الروم»). Asked «who led the Romans», the engine
    was unsure and its candidates name another person in another role (the Prophet, who led
    the expedition); the fact about the person claimed may be the one meant, and the role it
    leaves unsaid («قائد») is not settled either way. Not a list naming several people whose
    own parts differ, nor sides put the other way round: those state the details, not bound
    as claimed."""
    others = [c for c in claims if c is not person and c.words and not in_passing(c)]
    if len(others) < AGREEING_DETAILS - 1:
        return False  # (the person's name alone is no sign of what the statement is about)
    facts = [whole.fact] if whole.answered and whole.fact else [c.fact for c in whole.suggestions]
    return any(
        fact != correction
        and any(
            slot.kind is SlotKind.PERSON and mentions(words_of(slot.answer), person.words)
            for slot in judge.slots(fact)
        )
        and all(judge.holds(fact, claim) for claim in others)
        and not judge.someone_s_own_part_differs(fact, claims)
        and not sides_swapped(judge.keys, fact, statement)
        for fact in facts
    )
