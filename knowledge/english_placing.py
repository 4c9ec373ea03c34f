"""Where a place lies, claimed by a statement, and whether an answer says it.

«Tabuk is in Syria» places one place in another; it has no deed to check. Read by the words
the statement shares with an answer, it was «True» by the Romans' gathering «in al-Sham (Syria)
… before Tabuk», which names both and says nothing of where Tabuk lies. Such a claim is
settled only by an answer that places the same place the same way («Tabuk in …» with the
words the statement puts after the preposition); otherwise the text does not state it.
"""

from __future__ import annotations

from knowledge.english_lexicon import STOPWORDS, VALUE_CLASSES

# Being or lying somewhere: «is», «lies», «is located», «was situated».
_BE = frozenset("is was are were lies lay lie located situated stands stood found".split())
# A denial between them («Tabuk is not in Syria») still places it.
_NOT = frozenset({"not", "never"})
# Prepositions of where something lies.
_AT = frozenset("in near on inside within beside by at".split())
# Words of where on a map («the north of Arabia», «near the Red Sea»); a time after «in»
# («Tabuk was in 9 AH», «in Rajab») places nothing.
_MAP_WORDS = frozenset(
    """
    north south east west northern southern eastern western coast sea border borders region
    edge edges desert land lands area country province city town valley mountain mountains
    peninsula
    """.split()
)
# How far after the place an answer's preposition may stand («Tabuk, which lies in …»).
_WINDOW = 5
# How many words after the preposition say where.
_WHERE_WORDS = 4


def _is_place(token: str) -> bool:
    return token == "tabuk" or VALUE_CLASSES.get(token) == "place"


def _where(tokens: tuple[str, ...] | list[str], start: int) -> frozenset[str]:
    """The content words of the place named after a preposition at `start`."""
    return frozenset(
        t for t in tokens[start + 1 : start + 1 + _WHERE_WORDS] if t not in STOPWORDS or t == "of"
    ) - {"of"}


def placed(tokens: tuple[str, ...]) -> tuple[str, frozenset[str]] | None:
    """The place a statement says lies somewhere, and the words of where («Tabuk is in
    Syria» -> tabuk, {sham}); None when it places nothing that way."""
    for i, token in enumerate(tokens):
        if not _is_place(token):
            continue
        j = i + 1
        while j < len(tokens) and (tokens[j] in _BE or tokens[j] in _NOT):
            j += 1
        if j == i + 1 or j >= len(tokens) or tokens[j] not in _AT:
            continue
        if not set(tokens[i + 1 : j]) & _BE:
            continue
        where = _where(tokens, j)
        if any(_is_place(t) or t in _MAP_WORDS for t in where):
            return token, where
    return None


def places_it(answer_tokens: tuple[str, ...], place: str, where: frozenset[str]) -> bool:
    """Does an answer place the place where the statement does (its words after a
    preposition within a few words of the place)?"""
    for i, token in enumerate(answer_tokens):
        if token != place:
            continue
        for j in range(i + 1, min(i + 1 + _WINDOW, len(answer_tokens))):
            if answer_tokens[j] in _AT and where <= _where(answer_tokens, j):
                return True
    return False
