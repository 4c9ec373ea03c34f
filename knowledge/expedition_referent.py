"""A follow-up whose pronoun points at the expedition itself.

«متى كانت غزوة تبوك؟ ومن كان العدو فيها؟», «ما سبب الغزوة؟ وهل حصل فيها قتال؟», «مين
قادها؟»: when the part before it names the expedition and carries nothing else the follow-up
can be read with, «فيها», «بعدها», «قادها» point at the expedition. The follow-up is then the
question it asks with the expedition named in the pronoun's place; read so, it must get the
same fact it gets alone. «وما رقمها؟», «وكم عددهم؟» ask a thing's own attribute («what is its
number»), of whatever was named before: not read so.
"""

from __future__ import annotations

from knowledge.normalize import normalize

_EXPEDITION = "غزوة تبوك"
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
                if index and words[index - 1].removeprefix("و") in _WHAT:
                    return None
                out.extend((base, _EXPEDITION))
                named = True
                break
        else:
            out.append(word)
    if not named:
        out.extend(("في", _EXPEDITION))
    return " ".join(out)
