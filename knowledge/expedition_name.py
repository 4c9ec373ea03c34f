"""«ما اسم الغزوة؟», «الغزوة دي اسمها ايه؟»: the name of the expedition itself asked.

«غزوة» is a frame word (named in most questions), so «ما اسم الغزوة» reads as «اسم» alone and
ranks first the fact asked «ما اسم جيش غزوة تبوك»: the army's name. Asked the expedition's
own name, a fact whose phrasings ask the name of something else (the army, its leader, the
enemy, the Romans' allies) does not say it; the question is asked back instead (or, as a
riddle, read by the riddle rules).
"""

from __future__ import annotations

from knowledge.lexicon import SUBJECT_TERMS
from knowledge.names_asked import NAME_WORDS
from knowledge.normalize import normalize
from knowledge.ranking_results import FactProfile
from knowledge.stemming import stem

# The expedition as typed, normalised («الغزوة», «هالغزوة»).
_EXPEDITION = frozenset(normalize(w) for w in "غزوة الغزوة هالغزوة".split())
# «اسم» before the expedition («ما اسم الغزوة», names_asked.NAME_WORDS), «اسمها» after it
# («الغزوة وش اسمها»).
_ITS_NAME = frozenset(normalize(w) for w in "اسمها واسمها".split())
_NAME = stem(normalize("اسم"))
# «اسمها» this near after the expedition refers to it.
_ITS_NAME_WINDOW = 3


def asks_the_expedition_s_name(words: tuple[str, ...]) -> bool:
    """Whether the question's words ask the expedition's own name."""
    for index, word in enumerate(words):
        after = words[index + 1 : index + 1 + _ITS_NAME_WINDOW]
        if word in NAME_WORDS and after[:1] and after[0] in _EXPEDITION:
            return True
        if word in _EXPEDITION and not _ITS_NAME.isdisjoint(after):
            return True
    return False


def names_something_else(profile: FactProfile) -> bool:
    """Whether the fact is asked the name of something other than the expedition: a phrasing
    with «اسم» and a word beyond the frame («ما اسم جيش غزوة تبوك»: the army)."""
    return any(_NAME in terms and terms - SUBJECT_TERMS - {_NAME} for terms, _ in profile.asked)
