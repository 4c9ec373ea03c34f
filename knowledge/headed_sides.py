"""A person a statement makes the head of a side: «كان هرقل قائد الروم», «قاد هرقل جيش الروم».

Such a statement claims who led that side (the Romans), not who led the Muslims. A fact that
names another person as a leader without naming that side (the Prophet led the expedition)
or tells of another event the statement does not name (Mu'tah's commanders) states nothing
of who led the Romans, so it is no correction of the person: the claim stays unsettled
unless a fact that states that side corrects it.

The word class is a noun or verb of heading («قائد», «قاد», «زعيم», «ملك», «رئيس», «أمير»),
right before the side or its army, or with the verb's doer between («قائد جيش الروم», «قاد
هرقل جموع الروم»). The Muslims and the Prophet named in passing are not such a side: «قاد
خالد جيش المسلمين» is corrected by the leader fact, which is about the Muslims' side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from knowledge.answer_keys import SlotKind, core_word, mentions
from knowledge.normalize import normalize
from knowledge.stemming import stem

# Nouns and verbs of heading a side («قاد» and «أمير» fold to «قايد» in the stemmer).
_HEADING = frozenset(stem(normalize(w)) for w in "قائد قاد قيادة زعيم ملك رئيس امير".split())
# The side's army between the heading word and the side («قائد جيش الروم»).
_ARMY = frozenset(stem(normalize(w)) for w in "جيش جيوش جموع جنود".split())


class _Named(Protocol):
    """A detail a statement names (knowledge/claim_reading.py, Claim)."""

    @property
    def kind(self) -> SlotKind: ...

    @property
    def words(self) -> tuple[str, ...]: ...


_C = TypeVar("_C", bound=_Named)


def headed_sides(
    words: tuple[str, ...], claims: Iterable[_C], in_passing: Callable[[_C], bool]
) -> list[_C]:
    """The sides (party claims, not the Muslims in passing) that the statement's words put
    after a word of heading, with at most one word (the doer) and the side's army between."""
    stems = [stem(core_word(word)) for word in words]
    headed: list[_C] = []
    for claim in claims:
        if claim.kind is not SlotKind.PARTY or in_passing(claim) or not claim.words:
            continue
        size = len(claim.words)
        for index in range(len(words)):
            if not mentions(words[index : index + size], claim.words):
                continue
            before = stems[max(0, index - 3) : index]
            if before[-1:] and before[-1] in _ARMY:
                before = before[:-1]
            # («قاد هرقل جيش الروم»: the verb, its doer, then the side's army)
            if not _HEADING.isdisjoint(before[-2:]):
                headed.append(claim)
                break
    return headed
