"""Who did what to whom: a statement with the sides a fact names put the other way round."""

from __future__ import annotations

from itertools import pairwise

from knowledge.analysis import is_stopword, stem
from knowledge.answer_keys import AnswerKeys, SlotKind, core_word, words_of
from knowledge.models import Fact

_ARMY = stem("جيش")


def sides_swapped(keys: AnswerKeys, fact: Fact, statement: str) -> bool:
    """«أوقع الروم … بجيش الروم», «لملاقاة المسلمين»: a side named right after a word
    that, in the fact, comes right before another side (who did what to whom swapped;
    every word is stated, so the words alone would say «صحيح»)."""
    # (the Prophet and «the enemy» are sides too: «سفير العدو» for «سفير النبي»)
    sides = {
        stem(value[0]) for value in keys.rivals.get(SlotKind.PARTY, ()) if len(value) == 1
    } | {"نبي", "عدو"}
    # («أمام العرب» for «أمام جيش الروم»; not a side the fact names: its «قبائل عربية»)
    named = sides | {stem("العرب")}

    def read(text: str) -> list[str]:
        return [
            "نبي" if (term := stem(core_word(word))) == "رسول" else term for word in words_of(text)
        ]

    said, text = read(statement), read(fact.answer)
    for before, side in pairwise(said):
        if side not in named or before in sides or is_stopword(before):
            continue
        following: set[str] = set()
        for index, word in enumerate(text):
            after = text[index + 1 : index + 3] if word == before else []
            following |= set(after[:1])
            if len(after) == 2 and after[0] == _ARMY:
                following.add(after[1])  # «أمام جيش الروم»: the side after its army
        if following & sides and side not in following:
            return True
    return False
