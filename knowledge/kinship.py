"""Questions asking a relative, or the title, of someone the text names.

«ابن هرقل», «بنت أبي بكر», «أخو أكيدر», «زوجات النبي», «ما لقب عثمان»: the question asks
about another person (or a name) reached through one the text names. No fact states any of
them, and the named person's own fact («ما قدمه أبو بكر») would be a confident wrong answer,
so such a question is the known gap of personal details (knowledge/data/known_gaps.json).
"""

from __future__ import annotations

from functools import lru_cache

from knowledge.lexicon import LEADING_QUESTION_WORDS, QUESTION_WORDS
from knowledge.name_links import KUNYA
from knowledge.tuning import WORD_CACHE_SIZE

# Nouns of kinship and of a title, normalised; the word right after them is whose they are.
# Not «أم» (also "or": «أبو بكر أم عمر») nor «بن» (inside names: «عمر بن الخطاب»).
_KIN = frozenset(
    """
    ابن ابنه ابنت بنت ابناء بنات اولاد ولد اخو اخي اخا اخت اخوه اخوات اخوان اخوته امه والد
    والده زوج زوجه زوجات عم عمه خال خاله جد جده حفيد احفاد صهر نسيب
    لقب القاب كنيه يلقب يكني لقبه
    """.split()
)
# People the text names, by the word that names them (after «أبو/أبي/عبد»). Not «عوف»,
# «الخطاب», «عفان», «الوليد»: «ابن عوف» is Abd al-Rahman himself.
_PEOPLE = frozenset("هرقل اكيدر عثمان عمر بكر خالد نبي رسول قيصر".split())
_PREFIXES = ("و", "ف", "ل", "ب")
# Words that may come before the kin noun when it is what the question asks («من هو ابن
# هرقل», «ما اسم ابنة أبي بكر», «كم عدد زوجات النبي»). After a name it describes that name
# instead («ماذا قدم عثمان بن عفان زوج ابنة النبي»), and the question asks something else.
_ASKING = (
    frozenset(QUESTION_WORDS)
    | frozenset(LEADING_QUESTION_WORDS)
    | frozenset("هو هي هم اسم اسماء عدد كان كانت يكون".split())
    # an exam's or a wish's opening («اذكر كنية عمر», «بدي اعرف اسم زوجة عثمان»)
    | frozenset("اذكر اذكري بين وضح عرف اكتب هات قل سم لي لنا".split())
    | frozenset("بدي اريد ابي ابغي ودي عايز اعرف".split())
)


# (asked of every word before a kin noun in every question: the same words, three sets)
@lru_cache(maxsize=WORD_CACHE_SIZE)
def _bare(word: str, known: frozenset[str]) -> str:
    """The word without one leading conjunction or preposition and «ال», when that is known."""
    for form in (word, *(word[len(p) :] for p in _PREFIXES if word.startswith(p))):
        for candidate in (form, form.removeprefix("ال")):
            if candidate in known:
                return candidate
    return word


# «his/her/their» on a kin noun («ابنه», «زوجته», «أبوه», «أولادهم»): whose it is was named
# before («شو عمل هرقل؟ وما اسم ابنه؟»). («أبو» only so: alone it opens a name; not a title,
# «وما لقبه؟» after «ما هو جيش تبوك؟» is the army's; not «أبيه», also the Gulf «I want it».)
_POSSESSED = ("هما", "هم", "ها", "ه")
# («جده» is also Jeddah)
_KIN_POSSESSED = (_KIN - frozenset("لقب القاب كنيه يلقب يكني لقبه جد جده".split())) | {"ابو"}


def kin_of_theirs(word: str) -> bool:
    """Whether a normalised word is a kin noun with «his/her/their» on it."""
    for ending in _POSSESSED:
        # (the word itself: _bare(word, {word}), as this read before, always gave it back)
        base = word.removesuffix(ending)
        if base == word or len(base) < 2:
            continue
        # («زوجته»: «زوجة» + «ه», its «ة» typed «ت»)
        forms = (base, base[:-1] + "ه") if base.endswith("ت") else (base,)
        if any(_bare(form, _KIN_POSSESSED) in _KIN_POSSESSED for form in forms):
            return True
    return False


def asks_kin_of_named(words: tuple[str, ...]) -> bool:
    """Whether a normalised question asks a relative or the title of a person it names, or
    a relative of someone named before it («ما اسم ابنه؟», «زوجته مين؟»)."""
    for index, word in enumerate(words):
        if kin_of_theirs(word) and all(
            _bare(before, _ASKING) in _ASKING for before in words[:index]
        ):
            return True
    for index, word in enumerate(words[:-1]):
        if _bare(word, _KIN) not in _KIN:
            continue
        if not all(_bare(before, _ASKING) in _ASKING for before in words[:index]):
            break  # the first kin noun is not what is asked: it describes a name
        following = index + 1
        if words[following] in KUNYA and following + 1 < len(words):
            following += 1
        if _bare(words[following], _PEOPLE) in _PEOPLE:
            return True
    return False
