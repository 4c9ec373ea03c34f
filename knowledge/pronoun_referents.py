"""What a pronoun in a later part of a message can stand for.

«ضد منو كانت غزوة تبوك؟ وشكد كان عددهم؟», «ماذا أعطى هرقل للمرتزقة؟ وكم كان عددهم؟»,
«من قاد الفرقة إلى دومة الجندل؟ وكم كان عدد رجالها؟»: a later part that says «their …» or
«its …» points at what the part before it asked about. Read with the expedition instead, it
gets the expedition's own detail (the army's number) for someone else's: a confident wrong
answer. The expedition («الغزوة», feminine, one) is «ها», never «هم»; and it is what «ها/ه»
stands for only when the part before asked about the expedition itself.

When it does, the follow-up is read with the expedition named in the pronoun's place
(with_the_expedition): «متى كانت غزوة تبوك؟ ومن كان العدو فيها؟», «ما سبب الغزوة؟ وهل حصل
فيها قتال؟», «مين قادها؟» ask with «فيها», «بعدها», «قادها» pointing at the expedition; read
so, the follow-up must get the same fact it gets alone. «وما رقمها؟», «وكم عددهم؟» ask a
thing's own attribute («what is its number»), of whatever was named before: not read so.
"""

from __future__ import annotations

import re
from collections.abc import Container

from knowledge.follow_ups import has_possessive, own_words, refers
from knowledge.lexicon import ENTITIES
from knowledge.normalize import normalize, without_conjunction, without_conjunctions
from knowledge.part_joins import names_the_expedition
from knowledge.stemming import is_stopword, stem

# «they» as a word of its own («وهم» too) anywhere in the part («مين هم؟», «منو هما؟», «شو
# قدموا هم»), not a suffix («أموالهم»): people named before, never the expedition.
_THEY = frozenset(normalize(word) for word in "هم هما هن هوما هومه همه".split())


def says_they(text: str) -> bool:
    """Whether a part asks about «them» with a bare plural pronoun («مين هم؟» after «الصحابة
    اللي قدموا أموالهم»): whoever they are, the expedition («الغزوة», one) is not them."""
    return any(_bare(word) in _THEY for word in normalize(text).split())


# «in/of/on/with them»: a plural that points back (normalised).
_PLURAL_PREPOSITIONS = frozenset(
    normalize(word)
    for word in "فيهم فيهن منهم منهن عنهم عنهن لهم لهن عليهم عليهن إليهم اليهم معهم معاهم بهم"
    " بيهم وياهم".split()
)
_PLURAL_ENDINGS = ("هما", "هم", "هن")


def _bare(word: str) -> str:
    return without_conjunctions(word)


def says_their(text: str, vocabulary: Container[str]) -> bool:
    """Whether a part points back with «they/their» («عددهم», «قادهم», «منهم»): a plural,
    which the expedition never is."""
    for word in normalize(text).split():
        if word in _PLURAL_PREPOSITIONS or without_conjunction(word, "و") in _PLURAL_PREPOSITIONS:
            return True
        word = _bare(word)
        for ending in _PLURAL_ENDINGS:
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= 3 and not is_stopword(word):
                # («درهم», «فهم» end so as typed: only a base the facts know is «their»)
                if stem(base, vocabulary) in vocabulary:
                    return True
                break
    return False


# «الذين تبرعوا بأموالهم», «الذي دفعته»: a pronoun after a relative is the relative's own
# («الي» is also «إلى» normalised: not one of them).
_RELATIVES = frozenset(normalize(w) for w in "الذي الذين التي اللي اللى اللتي".split())


# «after/before/during it»: a time, which an event has (normalised).
_WHEN_OF_AN_EVENT = frozenset(
    normalize(w)
    for w in "بعدها قبلها بعده قبله خلالها اثناءها أثناءها وقتها ساعتها بعدين بعديها".split()
)


def says_its_or_their(text: str, vocabulary: Container[str]) -> bool:
    """Whether a part points back with a pronoun («معه», «فيها», «عددهم», «قادها») that
    stands for nothing the part names itself («ووين جمع الروم جيوشهم؟», «ومن الذين تبرعوا
    بأموالهم في الغزوة؟» say whose)."""
    words = [_bare(word) for word in normalize(text).split()]
    if names_the_expedition(text) or any(word in _RELATIVES for word in words):
        return False
    if any(stem(word, vocabulary) in ENTITIES for word in words):
        return False
    # («وماذا حدث بعدها؟»: after an event, and the event asked about is the expedition)
    text = " ".join(w for w in text.split() if _bare(normalize(w)) not in _WHEN_OF_AN_EVENT)
    return refers(text, vocabulary) or has_possessive(text, vocabulary, known_only=False)


def about_the_expedition(text: str) -> bool:
    """Whether a part asks about the expedition itself: no word of its own beyond question
    words («متى كانت؟»), or its name and at most one more («ما سبب غزوة تبوك؟»; not «من هو
    أكيدر؟»)."""
    if _AS_A_LANDMARK.search(text):
        return False
    own = own_words(text)
    if not own:
        return True
    return names_the_expedition(text) and len(own) <= 1


# «ماذا حدث بعد غزوة تبوك؟», «شو صار قبل تبوك؟»: the expedition named after «before/after»
# only dates what is asked about, another event (the delegations, Mu'tah); a later «ولماذا؟»
# asks why that event happened, not why the expedition was.
_AS_A_LANDMARK = re.compile(r"(?:^|\s)(?:بعد|قبل|بعدها|قبلها)\s+(?:\S+\s+)?(?:ال)?(?:غزو|تبوك)")


def may_stand_for_the_expedition(text: str, previous: str, vocabulary: Container[str]) -> bool:
    """Whether a later part may be read as asking about the expedition: it names nothing and
    points at nothing («وكم كان عدد الجيش؟»), or its «ها/ه» follows a part about the
    expedition itself. «Their …» never is the expedition's."""
    if not says_its_or_their(text, vocabulary):
        return True
    if says_their(text, vocabulary):
        return False
    return about_the_expedition(previous)


# The expedition by name, put where a follow-up's «it» stands for it.
EXPEDITION_NAME = "غزوة تبوك"
# «her/their» on a word: the expedition (feminine) or its people; «his» (a typed «ة» too) is
# left alone.
_ENDINGS = ("هما", "هم", "ها")
# «ما/كم …ها»: what or how many of «it»
_WHAT = frozenset(normalize(word) for word in "ما ماذا كم شو شنو ايش إيش وش ايه إيه اش".split())


def with_the_expedition(text: str) -> str | None:
    """The follow-up with the expedition named where a pronoun points («فيها» -> «في غزوة
    تبوك»), else at its end; None when it asks an attribute of «it» («وما رقمها؟»)."""
    words = normalize(text.rstrip(" ؟?")).split()
    out: list[str] = []
    named = False
    for index, word in enumerate(words):
        for ending in _ENDINGS:
            base = word.removesuffix(ending)
            if word.endswith(ending) and len(base) >= 2 and not named:
                if index and without_conjunction(words[index - 1], "و") in _WHAT:
                    return None
                out.extend((base, EXPEDITION_NAME))
                named = True
                break
        else:
            out.append(word)
    if not named:
        out.extend(("في", EXPEDITION_NAME))
    return " ".join(out)
