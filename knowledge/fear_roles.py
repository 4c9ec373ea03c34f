"""Who fears whom: a fact telling one people's fear says nothing of another people's.

«كان العرب يرهبون مواجهة الروم»: the Arabs fear, the Romans are feared. The answer key holds
only the Romans (the side feared), so «كان المسلمون يرهبون الروم», asked «من كان يرهبون
الروم», finds that fact and reads «المسلمون» as another side put in the Romans' place: «خطأ».
But the Muslims are put in the fearer's place, which the fact gives to the Arabs; and
«كان الروم يرهبون المسلمين» has the Romans fear. The fact tells neither people's fear: no
side claimed of a fear whose fearer the fact does not name as fearing is corrected by it
(the statement is left unsettled). With the fact's own fearer («كان العرب يرهبون الفرس»)
the side feared is still checked. A statement telling no fear at all is not corrected by
the fear fact either: what it says of a side is not what that fact tells.
"""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.answer_keys import core_word, words_of
from knowledge.models import Fact
from knowledge.stemming import stem

# Words of fearing, as stems («يرهبون», «خائفين», «يخافون», «مرعوبين», «يخشون», «يهابون»).
_FEAR = frozenset(
    stem(core_word(word))
    for word in words_of(
        "يرهبون يرهب رهبة خائفين خايفين يخافون خافوا خاف خوف يخشون يخشى خشوا مرعوبين"
        " يهابون هابوا أرعبهم رعب"
    )
)
# Words that may stand between the fearer and the fear («كان العرب يرهبون», «العرب كانوا
# خائفين», «هم اللي خافوا»): being, pronouns and relatives, no people of their own.
_BETWEEN = frozenset(
    words_of("كان كانت كانوا كانو قد هم هما اللي الذين التي الي يكون يكونوا فعلا فعلًا جدا")
)
# How far back from the fear its fearer is looked for.
_REACH = 3
# Peoples a fact may have fear that no statement claims as a side of its own (the keys'
# rivals are the others): the Arabs of the peninsula.
_PEOPLES_TOO = (("عرب",), ("اعراب",))


def fearers(text: str, peoples: Iterable[tuple[str, ...]]) -> set[str]:
    """The peoples a text has fear (the people word right before a word of fearing, past
    being and relatives), as their words' stems; empty when it tells no one's fear.
    `peoples`: the keys' values for a side, as core words («روم»)."""
    words = words_of(text)
    stems = [stem(core_word(word)) for word in words]
    known = {stem(value[-1]) for value in (*peoples, *_PEOPLES_TOO) if value}
    found: set[str] = set()
    for at, one in enumerate(stems):
        if one not in _FEAR:
            continue
        back = at - 1
        while back >= 0 and at - back <= _REACH and words[back] in _BETWEEN:
            back -= 1
        if back >= 0 and stems[back] in known:
            found.add(stems[back])
    return found


def fear_of_another(statement: str, fact: Fact, peoples: Iterable[tuple[str, ...]]) -> bool:
    """Whether a fact telling someone's fear says nothing of the statement's: the statement
    tells no fear at all («تراجع الروم أمام المسلمين»: «أمام» is all it shares with «أمام جيش
    الروم»), or the fear of a people the fact does not have fear. Then it corrects no side
    the statement names."""
    peoples = tuple(peoples)
    told = fearers(f"{fact.answer} {fact.source}", peoples)
    if not told:
        return False
    if not any(stem(core_word(word)) in _FEAR for word in words_of(statement)):
        return True
    claimed = fearers(statement, peoples)
    return bool(claimed) and not claimed <= told
