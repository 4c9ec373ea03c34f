"""A statement about several people, cut person by person (knowledge/statements.py judges
each piece: «أبو بكر قدم نصف ماله وعمر قدم ماله كله»)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Protocol

from knowledge.answer_keys import SlotKind, words_of

_NAMED = frozenset({SlotKind.PLACE, SlotKind.PERSON})


class _Claim(Protocol):
    """A detail a statement names (knowledge/statements.py, Claim)."""

    @property
    def kind(self) -> SlotKind: ...

    @property
    def words(self) -> tuple[str, ...]: ...


def per_person(statement: str, claims: Callable[[str], Sequence[_Claim]]) -> list[str]:
    """The statement cut before each later person it names with «و» («… وعمر …»)."""
    words = statement.split()
    starts = [
        index
        for index, word in enumerate(words)
        if index
        and word.startswith("و")
        and any(
            c.kind is SlotKind.PERSON
            for c in claims(" ".join([word[1:], *words[index + 1 : index + 2]]))
        )
        and not any(c.kind is SlotKind.PERSON for c in claims(words[index - 1]))
    ]
    if not starts or not any(c.kind is SlotKind.PERSON for c in claims(statement)):
        return [statement]
    bounds = [0, *starts, len(words)]
    pieces = [" ".join(words[a:b]) for a, b in pairwise(bounds)]
    cut = pieces[1:]
    # («… أبو بكر وعمر وعثمان»: a later piece naming only people lists them with the first)
    named = {w for p in cut for c in claims(p) if c.kind in _NAMED for w in c.words}
    listed = any(set(words_of(p)) <= named for p in cut)
    # («قدم أبو بكر وعمر وعثمان أموالهم»: a piece ending on its person says nothing of
    # them alone; the names share what follows the last)
    ends = any(
        words_of(p)[-1:]
        and words_of(p)[-1] in {w for c in claims(p) if c.kind is SlotKind.PERSON for w in c.words}
        for p in pieces[:-1]
    )
    return [statement] if listed or ends else pieces
