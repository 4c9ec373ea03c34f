"""A detail asked of the Muslims' side that a fact tells only of the Romans' side.

«شو القبايل اللي انضمت لجيش المسلمين؟», «القبائل المشاركة مع المسلمين»: the tribes asked
about are those on the Muslims' side. The fact about tribes says the Romans brought Lakhm
and Ghassan with them; it shares every other word, and tells nothing of the Muslims' side.
A question that puts what it asks with the Muslims («مع المسلمين», «لجيش النبي», «في جيش
المسلمين») is not answered by a fact that names only the Romans' side and never the Muslims,
their army or the Prophet. Nor is a statement putting someone with the Muslims («شاركت قبيلة
جهينة مع المسلمين») corrected by such a fact, unless the fact names him («كانت لخم مع
المسلمين»: it tells Lakhm's side).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from knowledge.answer_keys import mentions, words_of
from knowledge.lexicon import EXPEDITION_WORDS
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import SIDE_OWNERS_CACHE_SIZE

# Words that put something with a side or in its army (normalised, as typed). Not bare «جيش»:
# «طلع جيش المسلمين» names the army that did something, not a side something joined.
# («من خرج معه» read with its referent, «معه النبي»: who was with the Prophet)
_WITH = frozenset("مع ومع لجيش بجيش معه ومعه معاه".split())
# «with him» after a deed («خرج معه»), not «ومن معه» (the Prophet and those with him, faced)
_WITH_HIM = frozenset("معه معاه".split())
# The Muslims' side, as typed after those words (with and without the article).
_MUSLIMS = frozenset("المسلمين مسلمين النبي الرسول الصحابه المجاهدين المومنين".split())
_ARMY = frozenset("جيش الجيش".split())
# The Muslims' army by its names: «جيش العسرة», «جيش تبوك» (the Romans' army is neither)
_MUSLIM_ARMY_NAMES = frozenset("العسره تبوك".split())
_ARMY_JOINED = frozenset("لجيش بجيش".split())
# The expedition's name, which frames a question and asks nothing («في غزوة تبوك»), also
# with «ب» joined («بغزوة تبوك»)
_EXPEDITION = EXPEDITION_WORDS | {"بغزوه", "بتبوك"}
# «الجيش الإسلامي»: the Muslims' army named by an adjective
_MUSLIM_ARMY_ADJECTIVES = frozenset("الاسلامي اسلامي".split())
# Words of an answer that name the Muslims' side (normalised prefixes of its words).
_MUSLIM_ROOTS = ("مسلم", "النبي", "نبي", "رسول", "مجاهد", "صحاب", "مومن", "المدينه")
# Words of an answer that name the Romans' side.
_ROMAN_ROOTS = ("روم", "هرقل", "غساس", "غسان", "لخم", "بيزنط")
# Each side's roots as one pattern: a word names the side when one of them is part of it
# (one search a word, where a loop over the roots cost a step a root).
_ROMAN = re.compile("|".join(_ROMAN_ROOTS))
_MUSLIM = re.compile("|".join(_MUSLIM_ROOTS))


def asks_the_muslim_side(words: tuple[str, ...]) -> bool:
    """Whether the question puts what it asks with the Muslims («مع المسلمين», «لجيش
    المسلمين», «إلى جيش النبي», «مع جيش العسرة»). «ضد المسلمين», «واجه المسلمين» do not."""
    with_him = any(
        word in _WITH_HIM and before not in ("من", "ومن") for before, word in pairwise(words)
    )
    if with_him and any(word in _MUSLIMS for word in words):
        return True  # («من خرج معه؟» after «متى خرج النبي؟», read as «من خرج معه خرج النبي»)
    # («خرجت مع جيش العسرة», «انضمت لجيش تبوك»: the Muslims' army by its name)
    return any(
        (first in _WITH and second in _MUSLIMS)
        or (first in _ARMY_JOINED and second in _MUSLIM_ARMY_NAMES)
        for first, second in pairwise(words)
    ) or any(
        (first in ("الي", "في") and second == "جيش" and third in _MUSLIMS)
        or (first in _WITH | {"الي", "في"} and second in _ARMY and third in _MUSLIM_ARMY_NAMES)
        for first, second, third in zip(words, words[1:], words[2:], strict=False)
    )


def names_the_muslim_army_alone(words: tuple[str, ...]) -> bool:
    """Whether the question's only content is the Muslims' army («ما جيش المسلمين», «قارن
    بين جيش المسلمين وجيش الروم» cut in two): it asks nothing of whom that army faced."""
    content = [
        (index, word)
        for index, word in enumerate(words)
        if not is_stopword(word) and word not in _EXPEDITION
    ]
    if len(content) != 2:
        return False
    (first, army), (second, side) = content
    # the two side by side: «الجيش اللي كان قدام المسلمين» is the army the Muslims faced
    return (
        second == first + 1
        and army in _ARMY
        and (side in _MUSLIMS or side in _MUSLIM_ARMY_ADJECTIVES)
    )


def tells_only_the_romans(answer: str) -> bool:
    """Whether an answer names the Romans' side and never the Muslims' side."""
    words = normalize(answer).split()
    roman = any(root in word for word in words for root in _ROMAN_ROOTS)
    muslim = any(root in word for word in words for root in _MUSLIM_ROOTS)
    return roman and not muslim


def romans_only_for_the_muslims(
    statement: tuple[str, ...], answer: str, named: list[tuple[str, ...]]
) -> bool:
    """Whether a statement puts someone with the Muslims and a fact that tells only the
    Romans' side names none of the people or parties it claims (`named`): no correction."""
    told = words_of(answer)
    return (
        asks_the_muslim_side(statement)
        and tells_only_the_romans(answer)
        and not any(mentions(told, words) for words in named)
    )


def side_of(word: str) -> str | None:
    """The side a normalised word names: «muslims» (the Prophet, the Muslims, his army's
    men), «romans» (the Romans, Heraclius, their Arab allies), or None."""
    if _ROMAN.search(word):
        return "romans"
    if _MUSLIM.search(word):
        return "muslims"
    return None


# Words that set a side against or before another («ضد المسلمين», «أمام الروم»): no thing
# the side owns («منو الطرف اللي جان ضد المسلمين» asks the enemy fact's «ضد الروم»).
_RELATIONS = frozenset(normalize(word) for word in "ضد مقابل أمام امام عكس نحو تجاه".split())


def owned_by_the_other_side(words: tuple[str, ...], answer: str) -> bool:
    """«ما عاصمة الروم»: a noun asked of one side («عاصمة الروم») that the fact's answer has
    only of the other («بعيدة عن عاصمة المسلمين»): the fact tells the other side's one."""
    asked = {
        (stem(noun), side)
        for noun, owner in pairwise(words)
        if (side := side_of(owner))
        and side_of(noun) is None
        and not is_stopword(noun)
        and normalize(noun) not in _RELATIONS
    }
    if not asked:
        return False
    owners = _owners(answer)
    return any(noun in owners and side not in owners[noun] for noun, side in asked)


@lru_cache(maxsize=SIDE_OWNERS_CACHE_SIZE)
def _owners(answer: str) -> dict[str, frozenset[str]]:
    """The nouns an answer has of a side («عاصمة المسلمين»), by stem, with the sides that
    own them. (Read once per answer: the facts are asked about again and again.)"""
    owners: dict[str, set[str]] = {}
    for noun, owner in pairwise(normalize(answer).split()):
        if (side := side_of(owner)) and side_of(noun) is None:
            owners.setdefault(stem(noun), set()).add(side)
    return {noun: frozenset(sides) for noun, sides in owners.items()}
