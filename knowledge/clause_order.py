"""Which of two deeds came first, as a statement's clause of time says it: «صالحت دومة الجندل
على الجزية قبل أن تخضع لخالد» where the fact says «بعد أن خضعت له», «رابط النبي عند تبوك
قبل أن يتراجع الروم» where it says «بعد تراجع الروم رابط». The statement puts its head before
a deed the fact puts it after (or the other way round): every word is the fact's, but the
order is swapped, so the statement is false (contradictions.contradicts). Only a deed named
in both clauses counts (a verb or noun, not only a name: «قبل أن يصل الروم» against «بعد
تراجع الروم» shares the Romans only, and says nothing of the order of those two deeds)."""

from __future__ import annotations

from knowledge.answer_keys import words_of
from knowledge.lexicon import ENTITIES
from knowledge.stemming import is_stopword, stem

_OPPOSITE = {"قبل": "بعد", "بعد": "قبل"}
# «قبل أن», «بعد أن», «بعد ما» (the «ما» that makes a clause of the verb after it)
_JOINS = frozenset({"ان", "ما"})
# The words a clause of time holds after its «before/after»: the deed and who did it.
_CLAUSE_WORDS = 3
# «غزوة», «معركة»: an event's noun is no deed of the clause (the events' order is
# contradictions._other_order's).
_EVENT_NOUNS = frozenset({"غزو", "غزوه", "معرك", "معركه"})
# Imperfect prefixes («يتراجع», «تخضع») the stemmer keeps: the perfect «تراجع», «خضع».
_IMPERFECT = frozenset("يتنا")


def _keys(word: str) -> frozenset[str]:
    root = stem(word)
    if len(root) >= 4 and root[0] in _IMPERFECT:
        return frozenset({root, root[1:]})
    return frozenset({root})


def _clauses(words: tuple[str, ...]) -> list[tuple[str, frozenset[str]]]:
    """(«قبل»/«بعد», the keys of the deed's words after it) for each clause of time."""
    found = []
    for index, word in enumerate(words):
        order = word[1:] if word[:1] == "و" and word[1:] in _OPPOSITE else word
        if order not in _OPPOSITE:
            continue
        start = index + 1
        if start < len(words) and words[start] in _JOINS:
            start += 1
        keys: set[str] = set()
        for after in words[start : start + _CLAUSE_WORDS]:
            if not is_stopword(after):
                keys |= _keys(after)
        found.append((order, frozenset(keys - _EVENT_NOUNS)))
    return found


def order_swapped(answer: str, statement: str) -> bool:
    """Whether the statement places a deed before where the fact places it after (or after
    where it places it before), the same deed named in both clauses."""
    told = _clauses(words_of(answer))
    if not told:
        return False
    for order, keys in _clauses(words_of(statement)):
        deeds = keys - ENTITIES
        opposite = any(o == _OPPOSITE[order] and deeds & k for o, k in told)
        same = any(o == order and deeds & k for o, k in told)
        if opposite and not same:
            return True
    return False
