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

from knowledge.normalize import without_conjunction

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
