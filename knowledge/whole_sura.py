"""A sura said to be revealed whole, where the fact tells a verse of it: a part is not the whole.

«نزلت سورة التوبة في غزوة تبوك»: the verse fact says that verses were revealed about those who
lagged behind, one of them at-Tawbah 38; every word of the statement is in it («نزل», «التوبة»,
«تبوك»), yet it does not say the sura was revealed. Such a statement is not «صحيح» by that
fact (nor «خطأ»: the text does not deny it); it is left unsettled with the fact shown.
«نزلت آيات من سورة التوبة», «نزل قوله تعالى … في سورة التوبة» name a part and stay as they are.
"""

from __future__ import annotations

from knowledge.answer_keys import core_word, words_of
from knowledge.models import Fact
from knowledge.stemming import stem

_SURA = "سوره"
# Revealing («نزلت», «نزل», «أنزلت», «أنزل الله», «تنزلت»), as stems.
_REVEALED = frozenset(stem(core_word(w)) for w in words_of("نزلت نزل انزلت انزل تنزلت نزلها"))
# Words naming a part of a sura («آية», «آيات», «قوله تعالى», «بعض», «مطلع»): with one, what
# was revealed is that part.
_PART = frozenset(
    stem(core_word(w))
    for w in words_of("آية آيه آيات ايات الآية الآيات قوله بعض جزء مطلع أول أوائل مقطع منها")
)
# Words after a sura's name that make it where a verse was revealed («نزل فيها قوله»).
_IN_IT = frozenset(words_of("فيها فيه منها"))
# How far before «سورة» its verb may stand («نزلت في غزوة تبوك سورة التوبة»).
_REACH = 4


def revealed_whole(text: str) -> bool:
    """Whether a text says a sura itself was revealed (its «سورة» the subject of a verb of
    revealing), naming no part of it."""
    words = words_of(text)
    stems = [stem(core_word(word)) for word in words]
    if any(one in _PART for one in stems):
        return False
    for at, word in enumerate(words):
        if word != _SURA or words[at - 1 : at] in (("في",), ("من",)):
            continue  # («… في سورة التوبة»: where something was revealed, not what)
        if any(one in _REVEALED for one in stems[max(0, at - _REACH) : at]):
            return True
        # («سورة التوبة نزلت في تبوك», not «سورة التوبة نزل فيها …»)
        after = words[at + 2 : at + 4]
        if after and stems[at + 2] in _REVEALED and not _IN_IT.intersection(after[1:]):
            return True
    return False


def part_for_the_whole(statement: str, fact: Fact) -> bool:
    """Whether the statement says a sura was revealed whole and the fact does not."""
    return revealed_whole(statement) and not revealed_whole(fact.answer)
