"""One noun asked of the whole expedition, found in a fact only as a noun of something else.

«دلالات غزوة تبوك» asks the significance of the expedition; the army's name is found for it
only through its phrasing «دلالة اسم جيش العسرة», the significance of the name. «فضل غزوة
تبوك» (its merit) is read «ف» + «ضل» (stayed), which the camping fact has only in «النبي ضل
معسكر بتبوك». A headline made of one word and then the expedition's name asks that word of the
expedition: a fact none of whose phrasings has that word of the expedition (followed by its
name, a side of it such as «حلفاء الروم», or last) tells it of another thing, and the engine
is not sure of it. So is a question asking that noun only of «that» («ما دلالة ذلك؟» after a
question or a statement): what «that» points at is not the name of the army.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from knowledge.asked import Asked
from knowledge.demonstratives import DEMONSTRATIVES
from knowledge.lexicon import ENTITIES, QuestionType
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword

# Demonstratives pointing back at what was said before («ذلك», «هذا», Egyptian «ده»).


# Nouns of significance asked of «that» («ما دلالة ذلك», «ما مغزى ذلك»); not «أثر ذلك»,
# whose «that» the question names itself («أين عسكر … وما أثر ذلك»).
_SIGNIFICANCE = frozenset({"دلال", "مغز"})


def of_another_thing(asked: Asked, phrasings: tuple[str, ...], term: Callable[[str], str]) -> bool:
    """Whether the one word a question asks of the expedition (or of «that»: «ما دلالة
    ذلك») is, in each of the fact's phrasings that has it, followed by a word other than the
    expedition's name (or, asked of «that», by a word the question does not say)."""
    pointed = _pointed_noun(asked.words, term)
    noun = pointed or _headline_noun(asked, term)
    if noun is None:
        return False
    # (asked of «that», the words read with it from the part before may be what «that» is:
    # «رابط النبي عند تبوك، ما دلالة ذلك؟» is answered by a phrasing «دلالة المرابطة»)
    said = frozenset(term(w) for w in asked.words) if pointed else frozenset()
    found = False
    for phrasing in phrasings:
        terms = [term(w) for w in normalize(phrasing).split() if not is_stopword(w)]
        for at, each in enumerate(terms):
            if each != noun:
                continue
            found = True
            after = terms[at + 1 : at + 2]
            if not after or after[0] in asked.frame or after[0] in ENTITIES or after[0] in said:
                # («حلفاء الروم»: of a side of the expedition, which «حلفاء غزوة تبوك» asks)
                return False
    return found


def _headline_noun(asked: Asked, term: Callable[[str], str]) -> str | None:
    """The noun of a headline of one word and then the expedition's name («دلالات غزوة
    تبوك»), naming no one."""
    if asked.kind is not QuestionType.NONE or asked.subject or len(asked.detail) != 1:
        return None
    (noun,) = asked.detail
    typed = [term(w) for w in asked.words if not is_stopword(w)]
    if len(typed) < 2 or typed[0] != noun or not set(typed[1:]) <= asked.frame:
        return None
    return noun


def _pointed_noun(words: tuple[str, ...], term: Callable[[str], str]) -> str | None:
    """The noun of significance asked of «that» right after it («ما دلالة ذلك»), if any."""
    for word, after in pairwise(words):
        # («الغزوة دي», «الجيش ده»: «this expedition», a noun with «ال» and its demonstrative)
        if after in DEMONSTRATIVES and not word.startswith("ال") and term(word) in _SIGNIFICANCE:
            return term(word)
    return None
