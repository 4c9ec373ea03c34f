"""Names of one people that the stemmer keeps apart: «الغساسنة» are the tribe «غسان» (its
people's plural). A fact naming one of them mentions the people the other names, so a
question naming one is no question about someone the fact leaves out (the matcher's
`entity_conflict`). They stay distinct words for ranking: the enemy and the mobilisation
facts say «الغساسنة», the allies fact «لخم وغسان», and merging the words would make each
name less telling of its own facts.
"""

from __future__ import annotations

_SAME_PEOPLE: tuple[tuple[str, ...], ...] = (("غسان", "غساسنه"),)

# Each stemmed name -> the other names of the same people.
ALIASES: dict[str, tuple[str, ...]] = {
    name: tuple(other for other in group if other != name)
    for group in _SAME_PEOPLE
    for name in group
}


def unnamed(names: frozenset[str], terms: frozenset[str]) -> frozenset[str]:
    """The names a fact's words (`terms`) mention neither as written nor by another name."""
    return frozenset(
        name
        for name in names - terms
        if not any(alias in terms for alias in ALIASES.get(name, ()))
    )
