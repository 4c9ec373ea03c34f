"""Who fears whom in Arabic: the one who fears and the one feared around a word of fearing,
read for the two places a fact telling one side's fear could answer another side's.

A question (the engine): «ليش الروم خافوا من المسلمين؟» asks why the Romans feared the
Muslims; the fact on the Arabs' fear tells that the Arabs feared the Romans («العرب كانوا
يخافون من الروم»). The same fear and the same Romans, but in the other place: who feared is
who was feared. A fear word's one who fears is the content word before its verb («الروم
خافوا») or right after it («خاف الروم», «خوف العرب»); the one feared follows «من» («من
المسلمين», «من مواجهة الروم»). When the question puts in one place someone the fact's own
phrasings put only in the other, the fact answers another fear: the engine is not sure of it
(`fear_reversed`).

A statement (true or false): «كان العرب يرهبون مواجهة الروم»: the Arabs fear, the Romans are
feared. The answer key holds only the Romans (the side feared), so «كان المسلمون يرهبون
الروم», asked «من كان يرهبون الروم», finds that fact and reads «المسلمون» as another side put
in the Romans' place: «خطأ». But the Muslims are put in the fearer's place, which the fact
gives to the Arabs; and «كان الروم يرهبون المسلمين» has the Romans fear. The fact tells
neither people's fear: no side claimed of a fear whose fearer the fact does not name as
fearing is corrected by it (the statement is left unsettled). With the fact's own fearer
(«كان العرب يرهبون الفرس») the side feared is still checked. A statement telling no fear at
all is not corrected by the fear fact either: what it says of a side is not what that fact
tells (`fear_of_another`).

The two read words of fearing apiece: a question's one who fears may be anyone and stand
after a verb or a noun, so its words are told by their form; a statement's fearer is one of
the keys' peoples right before the fear, so its words are stems, the causative among them
(«أرعبهم»). English: knowledge/english_fear_roles.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from knowledge.answer_keys import core_word, words_of
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.stemming import is_stopword, stem

# --- A question's fear against the fact's phrasings ---

# Fear said as a verb or its participle («خافوا», «يخافون», «خايفين», «خشي»): the one who fears
# stands before it («الروم خافوا») or, with none there, after it («خاف الروم»). Not the
# causative «أرعب/يرعب/خوّف» (the one frightened is its object: «هل أرعب الروم العرب»).
_FEAR_VERBS = ("خاف", "خايف", "خشي", "خشو")
# Fear said as a noun: the one who fears follows it («خوف العرب من الروم»). Not «هيبة» (the
# one held in awe follows it: «هيبة الروم عند العرب»).
_FEAR_NOUNS = frozenset({"خوف", "خشيه", "رهبه", "فزع", "تخوف"})
# What may stand between the one who fears and the verb: «كان» and a negation
# («العرب كانوا خايفين», «الروم ما خافوا»). A conjunction («وما خافوا») opens a clause
# whose one who fears is left unsaid.
_BETWEEN_VERB = frozenset(
    "كان كانوا كانو كانت جان جانوا جانو چان چانوا چانو صار صاروا صارو ما لم لا مش مو".split()
)
# Words before a fear word that deny it («بدون خوف ولا تردد», «بلا خوف», «من غير خوف»): no one
# fears there, so it names no one who fears.
_WITHOUT = frozenset({"بدون", "بلا", "دون", "غير"})
# How far after «من» the one feared may be named («من مواجهة جيش الروم»).
_FEARED_REACH = 3


def _form(word: str) -> str:
    """«verb», «noun» or «» for a normalised word."""
    if any(verb in word for verb in _FEAR_VERBS) and word not in ("خشيه", "الخشيه"):
        return "verb"
    bare = word.removeprefix("و").removeprefix("ب").removeprefix("ال")
    return "noun" if bare in _FEAR_NOUNS else ""


def _before(words: tuple[str, ...], at: int) -> str | None:
    """The content word right before a fear verb, past «كان» and a negation, when it opens
    its clause: after a content word it is that word's («لقتال الروم خافوا»: the Romans
    are whom the fighting is against, not who feared)."""
    for index in range(at - 1, -1, -1):
        word = words[index]
        if word in _BETWEEN_VERB:
            continue
        if is_stopword(word) or (index > 0 and not is_stopword(words[index - 1])):
            return None
        return word
    return None


def who_fears_whom(words: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The stems of those who fear and of those feared, around each fear word of a
    question's normalised words (one named in both places is in neither)."""
    fearing: set[str] = set()
    feared: set[str] = set()
    for at, word in enumerate(words):
        form = _form(word)
        if not form or (at > 0 and words[at - 1] in _WITHOUT):
            continue
        after = words[at + 1 :]
        cut = after.index("من") if "من" in after else len(after)
        between = [w for w in after[:cut] if not is_stopword(w)][:_FEARED_REACH]
        subject = _before(words, at) if form == "verb" else None
        if subject is not None:
            fearing.add(stem(subject))
            feared.update(stem(w) for w in between)
        elif between and (form == "noun" or between[0].startswith("ال")):
            # («خاف الروم»: a verb's one who fears after it is a noun, not «يواجهون»)
            fearing.add(stem(between[0]))
        if cut < len(after):
            feared.update(stem(w) for w in after[cut + 1 : cut + 1 + _FEARED_REACH])
    return fearing - feared, feared - fearing


@lru_cache(maxsize=4096)
def _fact_roles(questions: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Those who fear and those feared in a fact's own phrasings, each by the place most
    phrasings give it («هيبة الروم عند العرب» puts the Romans after the fear word once;
    «… من الروم» puts them feared many times)."""
    votes: Counter[str] = Counter()
    for question in questions:
        who, whom = who_fears_whom(tuple(normalize(question).split()))
        votes.update(who)
        votes.subtract(whom)
    fearing = frozenset(w for w, n in votes.items() if n > 0)
    feared = frozenset(w for w, n in votes.items() if n < 0)
    return fearing, feared


def fear_reversed(words: tuple[str, ...], questions: tuple[str, ...]) -> bool:
    """Whether a question's one who fears is only feared in the fact's phrasings, or its
    one feared only fears there («الروم خافوا من المسلمين» against «العرب خافوا من الروم»)."""
    fearing, feared = who_fears_whom(words)
    if not fearing and not feared:
        return False
    fact_fearing, fact_feared = _fact_roles(questions)
    return bool(fearing & fact_feared or feared & fact_fearing)


# --- A statement's fearer against the fact's text ---

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
_BETWEEN_PEOPLE = frozenset(
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
        while back >= 0 and at - back <= _REACH and words[back] in _BETWEEN_PEOPLE:
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
