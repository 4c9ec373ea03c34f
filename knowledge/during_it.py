"""«أين كان أثناء الغزوة؟»: the expedition named only as the time of what is asked.

In «أين كان أثناء الغزوة؟», after «من هو هرقل؟», the expedition is when, not what: the
question asks where *he* was during it and names no one. The fact telling where the
expedition went answers «أين كانت الغزوة», not this; with nobody named, nothing the facts
tell is asked, and the engine is not sure of it.
"""

from __future__ import annotations

from knowledge.lexicon import EXPEDITION_WORDS
from knowledge.stemming import is_stopword

# «أثناء», «خلال», «وقت», «إبان», «طوال» (normalised): during.
_DURING = frozenset("اثناء واثناء خلال وخلال وقت ابان طوال طيله".split())
# The expedition as it is named after them («الغزوة», «غزوة تبوك», «المعركة»).
_IT = EXPEDITION_WORDS | frozenset("غزوه الغزوه المعركه معركه تبوك".split())


def during_it_of_no_one(words: tuple[str, ...]) -> bool:
    """Whether the question names the expedition only after «during» and nothing else but
    question and linking words («أين كان أثناء الغزوة»)."""
    during = {at for at, word in enumerate(words[:-1]) if word in _DURING and words[at + 1] in _IT}
    if not during:
        return False
    told = {at + 1 for at in during} | {at + 2 for at in during if at + 2 < len(words)}
    rest = [
        word
        for at, word in enumerate(words)
        if at not in during and not (at in told and word in _IT) and not is_stopword(word)
    ]
    return not rest
