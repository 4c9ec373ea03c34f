"""«عبد الله بن أبي», «عبدالله بن عمر»: a name of the «عبد …» kind that is not Abd al-Rahman's.

The only «عبد» the facts name is Abd al-Rahman ibn Awf, one of the donors. «الله» is a
stopword and «أبي» a function word, so «مين عبد الله بن أبي؟» was read as the bare term
«عبد» and answered with Abd al-Rahman's gift; «عبد الله بن عمر في تبوك» was even judged
false by it. A question naming «عبد» + another word (or «عبدالله», «عبدالعزيز» typed as one)
and not Abd al-Rahman asks about someone else: a fact that shares only «عبد» with it (Abd
al-Rahman's, the list of donors) does not state it (knowledge/asked.py, rule "someone else").
"""

from __future__ import annotations

from itertools import pairwise

from knowledge.name_links import KUNYA
from knowledge.names_asked import PERSON_WORDS
from knowledge.normalize import without_conjunction
from knowledge.stemming import stem

# Abd al-Rahman as typed (normalised, «ال» aside): «الرحمن», «الرحمان», «رحمن», «الحمن» (the
# seed's slip), also run into the next word by a repair («الرحمنين» for «الرحمن ين»).
_RAHMAN = ("رحم", "حمن")
# His father's name: «… بن عوف» is Abd al-Rahman whatever the first name's slip.
_AWF = frozenset("عوف".split())
_ABD = "عبد"


def _abd(word: str) -> str:
    """The word without «و/ف/ل» joined before «عبد» («وعبد», «لعبد»)."""
    for prefix in ("و", "ف", "ل"):
        if word.startswith(prefix + _ABD):
            return word[len(prefix) :]
    return word


def _rahman(word: str) -> bool:
    return word.removeprefix("ال").startswith(_RAHMAN)


def names_another_abd(words: tuple[str, ...]) -> bool:
    """Whether the question names an «عبد …» other than Abd al-Rahman (never when it names
    Ibn Awf)."""
    if _AWF.intersection(words):
        return False
    for word, after in pairwise((*words, "")):
        bare = _abd(without_conjunction(word, "و"))
        if bare == _ABD and after and not _rahman(after):
            return True
        if bare.startswith(_ABD + "ال") and not _rahman(bare.removeprefix(_ABD)):
            return True  # («عبدالله», «عبدالعزيز» typed as one word)
    return False


# «بن/ابن» and the kunya word before a father's name («عبد الله بن أبي بكر»).
_SON_OF = frozenset("بن ابن".split())


def fathers_only(words: tuple[str, ...]) -> frozenset[str]:
    """The people the facts name that the question names only as the father in another
    «عبد …»'s name: «ماذا قدم عبد الله بن أبي بكر؟» asks about Abu Bakr's son, whom the text
    never names, not about Abu Bakr («بكر» is in the question only after «بن أبي»). Empty
    when such a person is also named outside that name, or no other «عبد …» is named."""
    if not names_another_abd(words):
        return frozenset()
    inside: set[str] = set()
    outside: set[str] = set()
    at = 0
    while at < len(words):
        if _abd(without_conjunction(words[at], "و")).startswith(_ABD):
            # «عبد الله بن أبي بكر»: the name runs to the father's name after «بن»
            end = at + 1
            while end < len(words) and words[end] not in _SON_OF and end - at < 3:
                end += 1
            if end < len(words) and words[end] in _SON_OF:
                end += 1
                while end < len(words) and words[end] in KUNYA:
                    end += 1
                inside.update(stem(word) for word in words[end : end + 1])
                at = end + 1
                continue
        outside.add(stem(words[at]))
        at += 1
    return frozenset((inside - outside) & PERSON_WORDS)
