"""Who did what to whom: a statement with the sides a fact names put the other way round, and
the Muslims named beside the side a fact states (as its army, or as the side facing it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from knowledge.answer_keys import AnswerKeys, Slot, SlotKind, core_word, mentions, words_of
from knowledge.claim_reading import Claim
from knowledge.fact_checks import in_passing
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.statement_words import find, negated
from knowledge.stemming import is_stopword, stem

_ARMY = stem("جيش")


def sides_swapped(keys: AnswerKeys, fact: Fact, statement: str) -> bool:
    """«أوقع الروم … بجيش الروم», «لملاقاة المسلمين»: a side named right after a word
    that, in the fact, comes right before another side (who did what to whom swapped;
    every word is stated, so the words alone would say «صحيح»)."""
    # (the Prophet and «the enemy» are sides too: «سفير العدو» for «سفير النبي»)
    sides = {
        stem(value[0]) for value in keys.rivals.get(SlotKind.PARTY, ()) if len(value) == 1
    } | {"نبي", "عدو"}
    # («أمام العرب» for «أمام جيش الروم»; not a side the fact names: its «قبائل عربية»)
    named = sides | {stem("العرب")}

    def read(text: str) -> list[str]:
        return [
            "نبي" if (term := stem(core_word(word))) == "رسول" else term for word in words_of(text)
        ]

    said, text = read(statement), read(fact.answer)
    # («أوقع جيش المسلمين بالروم»: the side after its army is the one right after the deed)
    skipped = [
        (one, side)
        for one, army, side in zip(said, said[1:], said[2:], strict=False)
        if army == _ARMY
    ]
    if _fled_from_its_side(keys, fact, said):
        return True
    for before, side in [*pairwise(said), *skipped]:
        if side not in named or before in sides or is_stopword(before):
            continue
        following: set[str] = set()
        for index, word in enumerate(text):
            after = text[index + 1 : index + 3] if word == before else []
            following |= set(after[:1])
            if len(after) == 2 and after[0] == _ARMY:
                following.add(after[1])  # «أمام جيش الروم»: the side after its army
        if following & sides and side not in following:
            return True
    return False


_FLED = frozenset(stem(word) for word in ("هرب", "فر", "تراجع", "انسحب", "تقهقر"))
# From or before whom («هرب … من الروم», «تراجعوا قدام الروم», «أمام الروم»).
_FROM = frozenset(stem(normalize(word)) for word in ("من", "قدام", "أمام"))
_REACH = 4  # words from the flight to «من»: «هرب جيش المسلمين من الروم»


def fled_before_its_side(keys: AnswerKeys, facts: Iterable[Fact], statement: str) -> Fact | None:
    """«المسلمين هما اللي تراجعوا قدام الروم», «هرب جيش المسلمين من الروم»: the fact whose
    own side retreats (the Romans'), where the statement has that side the one fled from or
    retreated before. Who retreated is put the other way round: «خطأ» by that fact. None
    when the statement denies something (knowledge/statements.py judges denials)."""
    words = words_of(statement)
    if negated(words):
        return None
    said = [stem(core_word(word)) for word in words]
    return next((fact for fact in facts if _fled_from_its_side(keys, fact, said)), None)


def _fled_from_its_side(keys: AnswerKeys, fact: Fact, said: list[str]) -> bool:
    """«هرب جيش المسلمين من الروم» where the fact is the Romans' own retreat (its key's
    party retreats): the side fled from is the side that fled in the text."""
    key = keys.get(fact.id)
    if key is None:
        return False
    own = {
        stem(value[0])
        for slot in key.slots
        if slot.kind is SlotKind.PARTY
        for value in slot.values
        if len(value) == 1
    }
    retreats = any(
        stem(value[0]) in _FLED
        for slot in key.slots
        if slot.kind is SlotKind.THING
        for value in slot.values
        if len(value) == 1
    )
    if not own or not retreats:
        return False
    for index, word in enumerate(said):
        if word not in _FLED:
            continue
        ahead = said[index + 1 : index + 1 + _REACH + 1]
        for at, one in enumerate(ahead[:-1]):
            if one in _FROM and ahead[at + 1] in own:
                return True
    return False


class _Named(Protocol):
    """A detail a statement names (knowledge/statements.py, Claim)."""

    @property
    def kind(self) -> SlotKind: ...

    @property
    def words(self) -> tuple[str, ...]: ...


_C = TypeVar("_C", bound=_Named)


def other_side_stated(
    fact: Fact,
    claim: _C,
    claims: Sequence[_C],
    slots: Callable[[Fact], Sequence[Slot]],
    facts: Iterable[Fact],
) -> bool:
    """«تخلف المنافقون وخرج المؤمنون»: with «المؤمنون» left out the question finds the
    hypocrites' fact, whose own side (its key's party) is another side the statement names,
    while another fact has «المؤمنون» as its own side. Each side does its own deed: the fact
    found for one side is no correction of the other. («حالف الفرس الروم»: no fact has the
    Persians as its side; the enemy's fact corrects them.)"""
    if claim.kind is not SlotKind.PARTY:
        return False

    return any(
        other is not claim
        and other.kind is SlotKind.PARTY
        and other.words != claim.words
        and _own_side(slots, fact, other.words)
        for other in claims
    ) and any(one.id != fact.id and _own_side(slots, one, claim.words) for one in facts)


def _own_side(slots: Callable[[Fact], Sequence[Slot]], fact: Fact, words: tuple[str, ...]) -> bool:
    """Whether the words name a side the fact's key holds as its own party."""
    return any(
        mentions(words, value) or mentions(value, words)
        for slot in slots(fact)
        if slot.kind is SlotKind.PARTY
        for value in slot.values
    )


def only_claimed_words(pieces: Sequence[str], claims: Callable[[str], Sequence[_Named]]) -> bool:
    """Whether a later piece of a statement cut person by person holds nothing but the
    details it claims («وعمر ماله كله»: a name and a share, no deed of its own): then the
    statement as a whole, when false, gives the correction (the one who claims that share)."""
    return any(set(words_of(p)) <= {w for c in claims(p) for w in c.words} for p in pieces)


# Words before the side faced («ضد الروم», «لملاقاة الروم»), and the words a fact may name the
# Muslims' own side with: with either, the Muslims are the other side of the party it states.
_FACING = frozenset(normalize(w) for w in "ضد لملاقاة ملاقاة لقتال قتال لمواجهة مواجهة".split())
_MUSLIM_SIDE = frozenset(stem(w) for w in ("المسلمين", "المقاتلين", "المجاهدين"))


def the_muslims_army(claim: Claim, words: tuple[str, ...]) -> bool:
    """Whether a party claimed is the Muslims named as whose army, leader or number it is
    («قاد النبي جيش المسلمين», «قائد المسلمين هو النبي»): the expedition's own army, which
    every fact tells of, not a side the fact must name. (Who did what to whom is still
    checked: sides_swapped above.)"""
    if claim.kind is not SlotKind.PARTY or not in_passing(claim) or not claim.words:
        return False
    span = find(words, claim.words)
    if span is None:
        return False
    # («خرج المسلمون إلى تبوك», «المسلمون خرجوا …»: the Muslims going out is the expedition
    # itself, which every fact tells, not a side a fact must name)
    beside = [words[span[0] - 1]] if span[0] > 0 else []
    beside += words[span[1] : span[1] + 1]
    if any(stem(core_word(word)) in _GOING_OUT for word in beside):
        return True
    return span[0] > 0 and core_word(words[span[0] - 1]) in _OWN_SIDE_HEADS


# Going out on the expedition («خرج», «خرجوا», «سار», «توجه», dialect «طلع»), as stems.
_GOING_OUT = frozenset(
    stem(core_word(w)) for w in words_of("خرج خرجوا سار ساروا توجه توجهوا طلع طلعوا")
)


# Nouns whose «المسلمين» after them names the expedition's own side, as whose army, leader
# or number it is («جيش المسلمين», «قائد المسلمين في تبوك هو النبي», «عدد المسلمين»).
# (normalised, as the statement's words are: «قائد» is «قايد»)
_OWN_SIDE_HEADS = frozenset({"جيش", "جيوش", "قايد", "امير", "عدد", "تعداد"})


def names_its_side(
    slots: Callable[[Fact], tuple[Slot, ...]], fact: Fact, claim: Claim, words: tuple[str, ...]
) -> bool:
    """Whether a statement naming the Muslims also names the party the fact states, and
    the fact puts the Muslims on the other side of it: the party it states is the one
    faced («ضد الروم», «لملاقاة الروم»), or it names the Muslims itself («همة
    المقاتلين»). (The allies fact names neither: «المسلمين جابوا معهم لخم وغسان» puts
    the Muslims in the Romans' place.)"""
    if not in_passing(claim):
        return False
    values = [
        value for slot in slots(fact) if slot.kind is SlotKind.PARTY for value in slot.values
    ]
    if not any(mentions(words, value) for value in values):
        return False
    told = words_of(fact.answer)
    faced = any(
        core_word(before) in _FACING and any(mentions(told[at + 1 : at + 4], v) for v in values)
        for at, before in enumerate(told)
    )
    return faced or any(stem(core_word(word)) in _MUSLIM_SIDE for word in told)
