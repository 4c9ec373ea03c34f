"""A noun the fact writes with «his» pronoun, given another owner in a statement: «حقن النبي
دم خالد بن الوليد» where the Ukaydir fact says «أكيدر هو رئيس دومة الجندل، وقد حقن النبي …
دمه وخلّى سبيله»: «دمه» and «سبيله» are Ukaydir's, the one the fact is about. Every word of
the statement is the fact's (Khalid is named in it too, as the one Dumat yielded to), so it
read «صحيح»; but it binds the fact's noun to someone else: «خطأ».

Read only when the owner named is someone the fact names in another place (a name swapped
for the right one: a near-miss), never the fact's own first-named person, and only for «ه»
(his) after a noun of two letters or more. A statement naming someone the fact never names
is left to the judge (the text says nothing of him).
"""

from __future__ import annotations

from itertools import pairwise

from knowledge.answer_keys import core_word, words_of
from knowledge.models import Fact
from knowledge.stemming import is_stopword

# «his»: the pronoun the fact joins to the noun; its owner is the fact's first person.
_HIS = "ه"


# One letter joined before a name: «لخالد», «بخالد», «وخالد».
_JOINED = frozenset("لبوف")


def _person(word: str, firsts: frozenset[str]) -> str:
    """The first word of a name the word is («لخالد» → «خالد», «النبي» → «نبي»), else «»;
    never a function word («على», normalised «علي», is no Ali)."""
    if is_stopword(word):
        return ""
    for candidate in (core_word(word), core_word(word[1:]) if word[:1] in _JOINED else ""):
        if candidate in firsts:
            return candidate
    return ""


def _first_named(text: tuple[str, ...], firsts: frozenset[str]) -> tuple[str, set[str]]:
    """The person the fact is about, when its answer opens with his name («أكيدر هو رئيس
    …»), else «»; and every person it names. (A fact opening otherwise may write «ماله» of
    several people in turn: the gifts' list.)"""
    named = [person for word in text if (person := _person(word, firsts))]
    topic = _person(text[0], firsts) if text else ""
    return topic, set(named)


def owner_swapped(fact: Fact, statement: str, firsts: frozenset[str]) -> bool:
    """Whether the statement gives a noun the fact writes once with «his» (the person the
    fact opens with) to another person the fact names. `firsts`: the first words of the
    names the keys know («خالد», «اكيدر», «النبي»)."""
    text = words_of(fact.answer)
    firsts = frozenset(core_word(first) for first in firsts)
    topic, named = _first_named(text, firsts)
    if not topic:
        return False
    for noun, owner in pairwise(words_of(statement)):
        person = _person(owner, firsts)
        if person not in named or person == topic:
            continue
        bare = core_word(noun)
        if len(bare) < 2 or is_stopword(noun):
            continue
        # (written once: a fact writing it twice may mean two people by it)
        if sum(word in (bare + _HIS, noun + _HIS) for word in text) == 1:
            return True
    return False
