"""A whole fact and its part leading an English question together (issue 17).

«What was the weather like during the Tabuk expedition?»: the overview and the hardship it
holds (the heat) score alike. Both state the answer, so asking back between them helps no one;
as on the Arabic side (knowledge/engine.py `_whole_or_part`), the part answers when the
question holds a word of the part's own that neither the whole nor a sibling part is asked
with. (Unlike the Arabic side, the whole is not then chosen: an English exam question about
one piece wants that piece, and the usual margin decides.)
The base declares which facts are parts of which (knowledge/data/tabuk.json «part_of»).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.english_decision import Scored


def whole_or_part(
    top: Scored,
    rivals: list[Scored],
    terms: tuple[str, ...],
    part_of: Mapping[str, tuple[str, ...]],
    knows: Callable[[str, str], bool],
    margin: float,
) -> tuple[Scored, list[Scored]] | None:
    """(the part, its rivals) when the leader and the runner-up are a whole and its part
    within `margin` and the question names a word of the part's own; else None."""
    if not rivals or top.score - rivals[0].score >= margin:
        return None  # the leader is clear of its relative: the usual rules decide
    second = rivals[0]
    if second.fact.id in part_of.get(top.fact.id, ()):
        part, whole = top, second
    elif top.fact.id in part_of.get(second.fact.id, ()):
        part, whole = second, top
    else:
        return None
    siblings = [p for p, ws in part_of.items() if whole.fact.id in ws and p != part.fact.id]
    others = [whole.fact.id, *siblings]
    own = [t for t in terms if knows(part.fact.id, t) and not any(knows(o, t) for o in others)]
    if not own or part.unexplained > top.unexplained:
        # Nothing of the part's own is asked: the whole and the part stay a question to ask
        # back (the whole tells far more than a question about one piece of it wants).
        return None
    related = {part.fact.id, whole.fact.id}
    return part, [s for s in rivals if s.fact.id not in related]
