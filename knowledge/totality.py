"""«الجيش كله», «كل الجيش», «بجميع ماله»: a statement that says the whole of something.

«كل» and its kin are function words, so a statement's coverage never asked the fact to state
them: «عثمان جهز الجيش كله» was «صحيح» by the list of gifts, which has Uthman give camels and
horses among other donors, never the whole army. The whole claimed is a detail of its own: the
fact must say the whole of the same thing («أبو بكر … قدم ماله كله» states «كل ماله»).
"""

from __future__ import annotations

from knowledge.answer_keys import core_word
from knowledge.normalize import without_conjunction
from knowledge.stemming import stem

# The whole after its noun («الجيش كله», «ماله جميعه», «الجيش بأكمله»), normalised.
_AFTER = frozenset("كله كلها كلهم جميعه جميعها جميعهم باكمله باكملها بكامله بكاملها".split())
# The whole before its noun («كل الجيش», «جميع ماله», «كامل الجيش»), normalised.
_BEFORE = frozenset("كل جميع كامل".split())


_WHOLE_WORDS = _AFTER | _BEFORE


def _bare(word: str) -> str:
    """The word without a leading «و» or «ب» («وكل», «بكل», «بجميع»)."""
    once = without_conjunction(word, "و", known=_WHOLE_WORDS | {"ب" + w for w in _WHOLE_WORDS})
    return without_conjunction(once, "ب", known=_WHOLE_WORDS)


def wholes(words: tuple[str, ...]) -> frozenset[str]:
    """The stems of the nouns said whole in these (normalised) words."""
    found: set[str] = set()
    for at, word in enumerate(words):
        bare = _bare(word)
        if bare in _AFTER:
            if at > 0 and _bare(words[at - 1]) not in _BEFORE:
                found.add(stem(core_word(words[at - 1])))
        elif bare in _BEFORE and at + 1 < len(words):
            found.add(stem(core_word(words[at + 1])))
    return frozenset(found)


def whole_unstated(said: tuple[str, ...], stated: tuple[str, ...]) -> bool:
    """Whether the statement says the whole of something the fact never says whole."""
    return not wholes(said) <= wholes(stated)
