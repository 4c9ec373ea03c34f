"""One noun asked of the whole expedition, found in a fact only as a noun of something else.

«دلالات غزوة تبوك» asks the significance of the expedition; the army's name is found for it
only through its phrasing «دلالة اسم جيش العسرة», the significance of the name. «فضل غزوة
تبوك» (its merit) is read «ف» + «ضل» (stayed), which the camping fact has only in «النبي ضل
معسكر بتبوك». A headline made of one word and then the expedition's name asks that word of the
expedition: a fact none of whose phrasings has that word of the expedition (followed by its
name, a side of it such as «حلفاء الروم», or last) tells it of another thing, and the engine
is not sure of it.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge.asked import Asked
from knowledge.lexicon import ENTITIES, QuestionType
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword


def of_another_thing(asked: Asked, phrasings: tuple[str, ...], term: Callable[[str], str]) -> bool:
    """Whether the one word a question asks of the expedition is, in each of the fact's
    phrasings that has it, followed by a word other than the expedition's name."""
    if asked.kind is not QuestionType.NONE or asked.subject or len(asked.detail) != 1:
        return False
    (noun,) = asked.detail
    # the headline as typed: the noun first, then only the expedition's name
    typed = [term(w) for w in asked.words if not is_stopword(w)]
    if len(typed) < 2 or typed[0] != noun or not set(typed[1:]) <= asked.frame:
        return False
    found = False
    for phrasing in phrasings:
        terms = [term(w) for w in normalize(phrasing).split() if not is_stopword(w)]
        for at, each in enumerate(terms):
            if each != noun:
                continue
            found = True
            after = terms[at + 1 : at + 2]
            if not after or after[0] in asked.frame or after[0] in ENTITIES:
                # («حلفاء الروم»: of a side of the expedition, which «حلفاء غزوة تبوك» asks)
                return False
    return found
