"""Who feared whom: a question about fear asked the other way round from the fact.

«ليش الروم خافوا من المسلمين؟» asks why the Romans feared the Muslims; the fact on the Arabs'
fear tells that the Arabs feared the Romans («العرب كانوا يخافون من الروم»). The same fear
and the same Romans, but in the other place: who feared is who was feared. A fear word's
one who fears is the content word before its verb («الروم خافوا») or right after it («خاف
الروم», «خوف العرب»); the one feared follows «من» («من المسلمين», «من مواجهة الروم»). When the
question puts in one place someone the fact's own phrasings put only in the other, the fact
answers another fear: the engine is not sure of it.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from knowledge.normalize import normalize
from knowledge.stemming import is_stopword, stem

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
_BETWEEN = frozenset(
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
        if word in _BETWEEN:
            continue
        if is_stopword(word) or (index > 0 and not is_stopword(words[index - 1])):
            return None
        return word
    return None


def _roles(words: tuple[str, ...]) -> tuple[set[str], set[str]]:
    """The stems of those who fear and of those feared, around each fear word."""
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
        who, whom = _roles(tuple(normalize(question).split()))
        votes.update(who)
        votes.subtract(whom)
    fearing = frozenset(w for w, n in votes.items() if n > 0)
    feared = frozenset(w for w, n in votes.items() if n < 0)
    return fearing, feared


def fear_reversed(words: tuple[str, ...], questions: tuple[str, ...]) -> bool:
    """Whether a question's one who fears is only feared in the fact's phrasings, or its
    one feared only fears there («الروم خافوا من المسلمين» against «العرب خافوا من الروم»)."""
    fearing, feared = _roles(words)
    if not fearing and not feared:
        return False
    fact_fearing, fact_feared = _fact_roles(questions)
    return bool(fearing & fact_feared or feared & fact_fearing)
