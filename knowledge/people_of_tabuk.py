"""«أهل تبوك»: the people of the place Tabuk, not the expedition named after it.

«هل دفع أهل تبوك الجزية؟», «هل أسلم أهل تبوك؟» ask about the town's people. «تبوك» alone is
the frame of every question, so a fact that names Tabuk only as the expedition («في غزوة
تبوك صالحت دومة الجندل …», «في غزوة تبوك … مسلمون») is found as if the question named no one;
it tells of other people. Only a fact naming the town's people («سكان تبوك», «أهل تبوك»)
tells of them.
"""

from __future__ import annotations

from itertools import pairwise

from knowledge.normalize import normalize

# «أهل», «سكان», «ناس» of a place (as typed, with «و/ف» on them)
_PEOPLE_OF = frozenset(normalize(w) for w in "أهل اهل سكان ناس أهالي اهالي".split())
_TABUK = frozenset({"تبوك"})


def asks_the_people_of_tabuk(words: tuple[str, ...]) -> bool:
    """Whether the question names the people of Tabuk («أهل تبوك», «وسكان تبوك»)."""
    return any(_people(first) and second in _TABUK for first, second in pairwise(words))


def names_the_people_of_tabuk(answer: str) -> bool:
    """Whether an answer names the people of Tabuk («التي شملت سكان تبوك وأيلة»)."""
    return asks_the_people_of_tabuk(tuple(normalize(answer).split()))


def _people(word: str) -> bool:
    return word in _PEOPLE_OF or (word[:1] in "وف" and word[1:] in _PEOPLE_OF)
