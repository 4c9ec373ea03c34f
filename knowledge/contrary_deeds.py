"""A deed or a reason said instead of the one the text states, of the one it states it of
(«خرج المنافقون جميعًا مع النبي» where they stayed behind, «تردد المؤمنون الصادقون» where
they answered without hesitation, «سمي جيش العسرة بهذا الاسم لكثرة عدده» where it was named
for the hardships of its making): «خطأ», by the fact.

The deeds said instead are curated with the fact's answer key (answer_keys.json, a slot's
«contrary»; «contrary_after»: the words the contrary must follow, the naming verb for a
name's reason). The statement must name who (or what) the key states it of, near the deed
(within a few words, no one else named between), deny nothing (a denial is judged by
knowledge/denied_deeds.py), name no one else the key could mean («والمؤمنون خرجوا»), speak
of no other expedition and of all of them, not some («خرج بعض المنافقين»).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.analysis import other_event
from knowledge.answer_keys import AnswerKeys, Slot, mention_spans, mentions, words_of
from knowledge.claim_scope import affirmed
from knowledge.normalize import normalize
from knowledge.statement_words import find, negated
from knowledge.stemming import stem
from knowledge.tuning import CONTRARY_DEED_REACH

if TYPE_CHECKING:
    from knowledge.claim_reading import Claim
    from knowledge.engine import AnswerEngine
    from knowledge.models import Fact
    from knowledge.statements import StatementJudge

# «خرج بعض المنافقين», «منهم من تردد»: some of them, which the text does not deny.
_SOME = frozenset(normalize(word) for word in ("بعض", "بعضهم", "منهم", "أحد", "احد"))


def _spans(words: tuple[str, ...], values: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """Where each value is named in the words, by its written forms (prefixes aside)."""
    return mention_spans(words, values, exact=True)


def _near(first: tuple[int, int], second: tuple[int, int], between: set[int]) -> bool:
    """Within CONTRARY_DEED_REACH words of each other, with no one else named between."""
    low, high = sorted((first, second))
    gap = range(low[1], high[0])
    return len(gap) <= CONTRARY_DEED_REACH and between.isdisjoint(gap)


def contrary_deed(judge: StatementJudge, engine: AnswerEngine, statement: str) -> Fact | None:
    """The fact whose key states another deed of the one the statement says did this one."""
    words = words_of(statement)
    if negated(words) or other_event(words) is not None or not _SOME.isdisjoint(words):
        return None
    claims = judge.claims(statement)
    keys: AnswerKeys = judge.keys
    for fact_id, key in keys.keys.items():
        fact = engine.fact(fact_id)
        for slot in key.slots:
            if not slot.contrary or fact is None:
                continue
            found = _said_instead(judge, fact, slot, claims, words)
            if found:
                return fact
    return None


def _said_instead(
    judge: StatementJudge, fact: Fact, slot: Slot, claims: list[Claim], words: tuple[str, ...]
) -> bool:
    kinds = {other.kind for other in judge.slots(fact) if other is not slot}
    named = [claim for claim in claims if claim.kind in kinds]
    # (every one named of the kinds the key states must be its own: «تخلف المنافقون وخرج
    # المؤمنون» names the believers, of whom going out is no contrary deed)
    if not named or any(judge.check(fact, claim) <= 0 for claim in named):
        return False
    anchors = [span for claim in named if (span := find(words, claim.words)) is not None]
    # (anyone else named: «خرج النبي بالجيش وقعد المنافقون» — the Prophet went out)
    others = {
        at
        for claim in claims
        if claim not in named and (span := find(words, claim.words)) is not None
        for at in range(*span)
    }
    cues = _spans(words, slot.contrary_after)
    for deed in _spans(words, slot.contrary):
        if slot.contrary_after:
            heads = [cue for cue in cues if cue[1] <= deed[0]]
            if not heads or not anchors:
                continue
            starts = heads + anchors
        else:
            starts = anchors
        if any(_near(start, deed, others) for start in starts):
            return True
    return False


def denied_contrary(judge: StatementJudge, engine: AnswerEngine, statement: str) -> Fact | None:
    """«المنافقون لم يخرجوا مع الجيش»: a statement denying the deed said instead of the one
    the text states (their going out, where they stayed behind) says what the fact says. The
    fact whose key has that deed as its contrary, of the one the statement names, when the
    fact states the rest of its words («مع الجيش»); None otherwise."""
    found = affirmed(statement, judge.claims(statement))
    if found is None:
        return None
    fact = contrary_deed(judge, engine, found[0])
    key = judge.keys.get(fact.id) if fact is not None else None
    if fact is None or key is None:
        return None
    said = [slot.contrary for slot in key.slots]
    contrary = [
        word
        for word in words_of(found[0])
        if any(mentions((word,), value) for values in said for value in values)
    ]
    if not any(stem(word) in found[1] for word in contrary):
        # («المنافقون لم يتخلفوا عن الجيش وخرجوا مع النبي»: the contrary deed is said in a
        # clause of its own, undenied; the denial is of the deed the fact states: no agreement)
        return None
    rest = " ".join(
        word
        for word in words_of(found[0])
        if not any(mentions((word,), value) for values in said for value in values)
    )
    return fact if judge.covers(fact, rest, judge.claims(rest), strict=True) else None
