"""Names asked for: a question asking who by name must get a fact that names them.

«من هم المنافقون الذين تخلفوا بالاسم», «أسماء الجنود المرتزقة» ask for the names of people
the text speaks of only as a group. The fact about that group («أعلن المنافقون نفاقهم»,
«أعطى هرقل الجنود المرتزقة رزق سنة») shares its words but names none of them: answering
with it gives a confident answer to what the text does not state. So a question asking for
names («أسماء», «بالاسم», «أسماؤهم») is answered only by a fact whose answer names people
or tribes beyond those the question names itself: two at least for names in the plural
(«أسماء الصحابة الذين تبرعوا»: Abu Bakr, Umar, Uthman …; Heraclius alone does not name the
mercenaries), one for «بالاسم» («من هو رئيس دومة الجندل بالاسم»: Ukaydir) and for tribes
asked («ما هي القبائل التي جاءت في الوفود»: the delegations' fact names none). The name of
a thing the answer tells only as someone's («اسم القرية التي رجع إليها أكيدر»: «فرجع إلى
قريته») is not stated either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.affixes import PREFIXES_SHORT
from knowledge.normalize import normalize
from knowledge.question_words import WHO
from knowledge.stemming import stem

# People a fact may name, grouped with the other names of the same person («قيصر» is the
# title of «هرقل», «الصديق» is Abu Bakr) and the words of a full name («عمر بن الخطاب»): one
# group is one person (normalised; knowledge/asked.py reads them too).
SAME_PERSON: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "هرقل قيصر",
        "بكر صديق",
        "عمر خطاب فاروق",
        "عثمان عفان",
        "خالد وليد",
        "عوف رحمن عبدالرحمن",
        "اكيدر",
        "جعفر",
        "زيد حارثه",
        "رواحه",
        "شرحبيل",
        "عمير",
    )
)
# Every name of every person a fact may name, in one set (asked.py, abd_names.py,
# named_lives.py read it).
PERSON_WORDS = frozenset().union(*SAME_PERSON)
# The people and the tribes a fact may name, as stems: one group is one name.
_NAMED: tuple[frozenset[str], ...] = tuple(
    frozenset(stem(normalize(word)) for word in group)
    for group in (*SAME_PERSON, "غسان الغساسنة".split(), ["لخم"])
)
# Places a fact may name, for names asked of places («أسماء المناطق التي عاهدها النبي»).
_PLACES: tuple[frozenset[str], ...] = tuple(
    frozenset(stem(normalize(word)) for word in group.split())
    for group in ("أيلة", "دومة الجندل", "الشام", "المدينة", "تبوك", "مؤتة")
)
_PLACE_WORDS = frozenset(
    "المناطق مناطق الاماكن اماكن البلاد بلاد البلدان المدن مدن القري قري المواضع المواقع".split()
)
# Names asked in the plural (normalised, as typed): two names at least.
_PLURAL = frozenset(
    "اسماء واسماء اسماءهم اسمائهم اسماوهم اسامي واسامي اساميهم بالاسماء باسمائهم باسماءهم"
    " اسماءها باسماءها".split()
)
# «بالاسم», «اسمه بالضبط»: one name.
_SINGULAR = frozenset("بالاسم باسمه باسمهم".split())


# «اسم» (normalised) before what is asked by name (also knowledge/expedition_name.py).
NAME_WORDS = frozenset("اسم واسم".split())
# «ما اسم الصحابي الذي …», «شو اسم الرجل اللي …»: one person asked by name, as with «بالاسم».
_ONE_PERSON = frozenset("الصحابي صحابي الرجل رجل الشخص شخص".split())


# «ما القبائل التي …», «من هي القبائل …»: tribes asked by name.
_WHICH = frozenset("ما ماهي شنو شو وش ايش اي".split())
_TRIBES = frozenset("القبائل قبائل القبايل قبايل".split())
# «أسماء غزوة تبوك», «أسماء الجيش» ask what the expedition or the army was called.
# «ليه اتسمى جيش العسرة بالاسم ده»: called by this name, no name asked.
_THIS = frozenset("ده دا هذا هاذا هاد هذي ذا هيدا".split())
_CALLED = frozenset("غزوه الغزوه تبوك جيش الجيش غزوات الغزوات".split())


def names_wanted(words: tuple[str, ...]) -> int:
    """How many names the question asks for: 2 for «أسماء …», 1 for «… بالاسم» or «اسم
    الصحابي», else 0."""
    padded = (*words, "")
    if any(word in _PLURAL and padded[i + 1] not in _CALLED for i, word in enumerate(words)):
        return 2
    if any(word in _SINGULAR and padded[i + 1] not in _THIS for i, word in enumerate(words)):
        return 1
    if any(word in NAME_WORDS and padded[i + 1] in _ONE_PERSON for i, word in enumerate(words)):
        return 1
    # («who» opening the question only: «ايه اللي حصل من القبايل» is «from»)
    asks = [i for i, word in enumerate(words) if word in _WHICH or (i == 0 and word in WHO)]
    if any(padded[i + 1] in _TRIBES for i in asks) or any(
        padded[i + 1] in ("هي", "هم") and padded[i + 2] in _TRIBES for i in asks
    ):
        return 1  # «ما هي القبائل التي …»: which tribes, by name
    return 0


@lru_cache(maxsize=512)
def _named_in(text: str, places: bool) -> frozenset[int]:
    stems = frozenset(stem(word) for word in normalize(text).split())
    groups = _PLACES if places else _NAMED
    return frozenset(index for index, group in enumerate(groups) if group & stems)


def names_unsaid(words: tuple[str, ...], answer: str) -> bool:
    """Whether a question asking for names gets an answer naming too few people or tribes
    (places, when it asks names of places) beyond those it names itself."""
    wanted = names_wanted(words)
    if not wanted:
        return False
    places = not _PLACE_WORDS.isdisjoint(words)
    # («أسماء المناطق التي عاهدها النبي في غزوة تبوك»: Tabuk named as the expedition)
    own = _named_in(" ".join(w for w in words if w != "تبوك"), places)
    return len(_named_in(answer, places) - own) < wanted


# Pronouns a noun takes when the text speaks of something as someone's («قريته», «بلادهم»).
_THEIR = ("ه", "ها", "هم", "هن", "هما")
# Where a clause of an answer ends.
_CLAUSE_END = re.compile(r"[،,؛.:()«»]")
# Particles joined to an answer's word (affixes.PREFIXES_SHORT: «إلى قريته» is «الي قريته»,
# «بجنوده» «ب» + …).


def _forms(word: str) -> tuple[str, ...]:
    """A normalised word as typed, and without one particle joined to it."""
    return (word, word[1:]) if word[:1] in PREFIXES_SHORT and len(word) > 3 else (word,)


def named_only_as_someone_s(words: tuple[str, ...], answer: str) -> bool:
    """«اسم القرية التي رجع إليها أكيدر»: the name of a thing the answer tells only as
    someone's («فرجع إلى قريته،»), never by itself nor with a name beside it («ناقته القصواء»
    names it): the text does not name it."""
    padded = (*words, "")
    asked = [padded[i + 1] for i, word in enumerate(words) if word in NAME_WORDS]
    clauses = [clause.split() for clause in _CLAUSE_END.split(answer)]
    for noun in asked:
        bare = noun.removeprefix("ال")
        if len(bare) < 3:
            continue
        base = bare[:-1] + "ت" if bare.endswith("ه") else bare
        theirs = {base + ending for ending in _THEIR}
        own = unnamed = False
        for clause in clauses:
            told = [normalize(word) for word in clause]
            for at, word in enumerate(told):
                forms = _forms(word)
                if bare in forms or f"ال{bare}" in forms:
                    own = True
                elif theirs.intersection(forms):
                    beside = told[at + 1 : at + 2]
                    # («ناقته القصواء»: a name beside it)
                    if beside and beside[0].startswith("ال"):
                        own = True
                    else:
                        unnamed = True
        if unnamed and not own:
            return True
    return False
