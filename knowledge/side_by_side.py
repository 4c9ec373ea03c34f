"""A name and a noun phrase placed side by side, which the fact does not link.

«هرقل السنة التي وقعت فيها الغزوة» (a matching exercise's two columns pasted on one line)
places a name beside a description with no verb, no «هو/كان» between them; any verb is in
the relative clause, said of the description, not of the name. Read as a nominal sentence it
says the name *is* that thing, which only a fact stating that noun of the name (right
beside it, «هو/كان» aside: «هرقل هو ملك الروم» for «هرقل الملك …») confirms. The Heraclius
fact names a «سنة» too, but of his soldiers' pay («أعطاهم هرقل رزق سنة»): nothing links it
to him, so the statement is not «صحيح».
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answer_keys import core_word, forms_of, longest_first, mentions
from knowledge.headlines import COPULAS, DEFINITE, NOT_NOUNS, PREPOSITIONS, known_names
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.question_rewrites import drop_honorifics
from knowledge.stemming import stem

# «فيها», «إليه», «به»: a pronoun after a preposition in a relative clause points back to the
# noun it describes as a time, a place or a means («السنة التي وقعت فيها الغزوة»), so the
# clause's verb is said of something else, never of the name.
_POINTS_BACK = re.compile(r"^(?:في|ب|ل|الي|علي|من|عن|عند|مع|بين)(?:ه|ها|هم|هما|هن)$")


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    """known_names() in its order, each with the forms of its first word."""
    return longest_first(known_names())


def _leading_name(words: tuple[str, ...]) -> int:
    """How many words of a person or people's name open the words (0: none)."""
    if not words:
        return 0
    # (a name whose first word has no form in common with the first word cannot open them:
    # one set test per name instead of a scan of each of the hundred names)
    opening = forms_of(words[:1])
    for name, first in _names():  # (longest first: «عمر بن الخطاب» before «عمر»)
        if (
            len(name) < len(words)
            and not first.isdisjoint(opening)
            and mentions(words[: len(name)], name, exact=True)
        ):
            return len(name)
    return 0


def side_by_side(statement: str, fact: Fact) -> bool:
    """Whether the statement only places a definite noun phrase after a name («هرقل السنة
    التي …»: no verb nor copula before any relative pronoun) and the fact does not state
    that noun of the name."""
    words = drop_honorifics(tuple(normalize(statement).split()))
    size = _leading_name(words)
    rest = words[size:]
    if not size or any(word in COPULAS for word in words):
        return False
    said = []
    for index, word in enumerate(rest):
        if word in NOT_NOUNS:
            clause = rest[index + 1 :]
            if not any(_POINTS_BACK.match(one) for one in clause):
                # («عثمان الصحابي الذي جهز الجيش»: the one who did it is the name)
                return False
            break  # (its verb is said of the noun before it: «السنة التي وقعت فيها …»)
        after_preposition = index > 0 and rest[index - 1] in PREPOSITIONS
        if not (DEFINITE.match(word) or word in PREPOSITIONS or after_preposition):
            return False  # («عثمان جهز …», «هرقل ملك الروم»: a verb or a predicate noun)
        said.append(word)
    if not said or said[0] in PREPOSITIONS:
        return False  # («عثمان الذي …», «هرقل في …»: no noun said to be the name)
    return not _said_of(words[:size], said[0], fact)


def _said_of(name: tuple[str, ...], noun: str, fact: Fact) -> bool:
    """Whether the fact's text has the noun right before or after the name, a copula
    aside («هرقل هو ملك الروم», «ملك الروم هرقل»)."""
    head = stem(core_word(noun))
    for text in (fact.answer, fact.source):
        words = tuple(word for word in normalize(text).split() if word not in COPULAS)
        for start in range(len(words) - len(name) + 1):
            if not mentions(words[start : start + len(name)], name, exact=True):
                continue
            beside = words[max(0, start - 1) : start] + words[start + len(name) :][:1]
            if any(stem(core_word(word)) == head for word in beside):
                return True
    return False
