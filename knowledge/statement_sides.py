"""Who did what to whom: a statement with the sides a fact names put the other way round."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from knowledge.answer_keys import AnswerKeys, Slot, SlotKind, core_word, mentions, words_of
from knowledge.models import Fact
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
_FROM = "من"
_REACH = 4  # words from the flight to «من»: «هرب جيش المسلمين من الروم»


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
            if one == _FROM and ahead[at + 1] in own:
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
