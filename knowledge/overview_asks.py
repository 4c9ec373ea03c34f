"""Questions whose words name only the expedition but ask about something else: the overview
is not their answer. «هل هذا صحيح؟» checks a claim told before, «ما هي الآية؟» asks a verse,
«ماذا فعلوا في غزوة تبوك؟» and «شو قصته بتبوك؟» ask what someone named before («they»,
«his») did."""

from __future__ import annotations

from knowledge.asked import VERSE_WORDS

# Words checking a claim (normalised, as typed): «صح/صحيح/دقيق …؟» is about what was told.
_CLAIM_CHECKS = frozenset(
    "صح صحيح صحيحه صحيحة دقيق دقيقه غلط خطا غلطان صدق صدك هالحكي هالكلام".split()
)
# «قصته», «فعله», «فعلوا», «سووا», «دوره», «موقفهم»: a verb or noun of deed or story with a
# pronoun that is not the expedition («it», feminine, is: «شو صار فيها»).
_DEEDS = frozenset("فعل عمل سوي سوا قصه قصت دور موقف حكايه حكايت خبر صار جري حصل".split())
_NOT_IT = ("هم", "ه", "وا", "و")


def asks_beyond_the_overview(words: tuple[str, ...]) -> bool:
    """Whether a question naming only the expedition asks about something else."""
    if VERSE_WORDS.intersection(words) or _CLAIM_CHECKS.intersection(words):
        return True
    return any(_deed_of_someone(word) for word in words)


def _deed_of_someone(word: str) -> bool:
    """«فعلوا», «قصته», «موقفهم»: a deed or story with a pronoun that is not the expedition."""
    for ending in _NOT_IT:
        if word.endswith(ending) and word[: -len(ending)].removeprefix("ال") in _DEEDS:
            return True
    return False
