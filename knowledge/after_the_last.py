"""Another expedition said to come after Tabuk, the Prophet's last: «خطأ».

«تبوك آخر غزوات النبي وبعدها فتح مكة», «كانت غزوة حنين بعد غزوة تبوك»: the text says Tabuk
was the last of his expeditions (knowledge/data/event_order.json puts each expedition it names
before Tabuk by that fact, Mu'tah by its own), so an expedition placed after it is false, and
that fact corrects it. (Read word by word, «فتح» found Khalid's errand, «فتح دومة الجندل».)
Tabuk placed after another expedition is left to the other rules: such a statement is not
corrected by this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.event_order import expeditions, stated_before
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.statement_words import negated

# «بعد تبوك», «وبعد غزوة تبوك», «بعد غزوة العسرة»; «وبعدها» once Tabuk is named before it
_AFTER_TABUK = re.compile(r"(?:^|\s)[وف]?(?:من\s+)?بعد\s+(?:غزوه\s+)?(?:تبوك|العسره)(?=\s|$)")
_AFTER_IT = re.compile(r"(?:^|\s)[وف]?(?:من\s+)?بعدها(?=\s|$)")
_TABUK = re.compile(r"(?:^|\s)(?:غزوه\s+)?(?:تبوك|العسره)(?=\s|$)")


def after_the_last(statement: str, facts: Iterable[Fact]) -> Fact | None:
    """The fact that places the expedition a statement says came after Tabuk before it
    (the last expedition), or None when the statement says no such thing."""
    text = " ".join(normalize(statement).split())
    if negated(tuple(text.split())):
        return None
    after = _AFTER_TABUK.search(text)
    if after is not None:
        rest = text[: after.start()] + " " + text[after.end() :]
    else:
        it = _AFTER_IT.search(text)
        if it is None or _TABUK.search(text[: it.start()]) is None:
            return None
        rest = text[it.end() :]
    words = rest.split()
    # (the event's name alone too: «غزوة أحد» is named only as the whole of a stretch)
    stretches = [" ".join(words[i : i + size]) for size in (1, 2, 3) for i in range(len(words))]
    named = {
        event.id
        for event in expeditions()
        if any(event.named_by(stretch) for stretch in (" ".join(words), *stretches))
    }
    if len(named) != 1:
        return None
    return stated_before(named.pop(), "tabuk", {fact.id: fact for fact in facts})


# «آخر غزوة», «آخر غزوات النبي», «الغزوة الأخيرة»: the last expedition, said of one. (Not
# «آخر معركة»: a battle may be someone else's last, «مؤتة آخر معركة لزيد».)
_THE_LAST = re.compile(r"(?:^|\s)(?:اخر\s+(?:غزوه|غزوات)|(?:ال)?غزوه\s+الاخيره)(?=\s|$)")
# A time that makes «the last» a last of some stretch only («آخر غزوة قبل تبوك»).
_BEFORE_OR_AFTER = frozenset("قبل بعد قبلها بعدها سنه السنه عام".split())


def another_the_last(statement: str, facts: Iterable[Fact]) -> Fact | None:
    """«غزوة حنين هي آخر غزوة للنبي»: another expedition said to be the last, which Tabuk was;
    the fact placing it before Tabuk corrects it. None when Tabuk is named (it is the one
    claimed, or compared), a time bounds «the last», or the statement denies it."""
    text = " ".join(normalize(statement).split())
    words = text.split()
    if (
        negated(tuple(words))
        or _THE_LAST.search(text) is None
        or _TABUK.search(text) is not None
        or not _BEFORE_OR_AFTER.isdisjoint(words)
    ):
        return None
    stretches = [" ".join(words[i : i + size]) for size in (1, 2, 3) for i in range(len(words))]
    named = {
        event.id
        for event in expeditions()
        if any(event.named_by(stretch) for stretch in (text, *stretches))
    }
    if len(named) != 1:
        return None
    return stated_before(named.pop(), "tabuk", {fact.id: fact for fact in facts})


# The rule of the reply to such a question (knowledge/forms.py).
AFTER_THE_LAST_RULE = "an expedition asked after the last: the last expedition"
# «ما الغزوة التي كانت بعد تبوك؟», «اي غزوة جات بعد تبوك», «الغزوة اللي بعد تبوك شو هي؟»,
# «ما الغزوة التي تلت غزوة تبوك»: an expedition asked for after Tabuk. «غزوة» is a frame
# word of the expedition's name, so read word by word it asked «what happened after Tabuk»
# (the delegations).
_THE_ONE_AFTER = re.compile(
    r"(?:^|\s)(?:ال)?غزوه\s+(?:(?:التي|اللي|الي)\s+)?"
    r"(?:(?:كانت|جات|جاءت|صارت|وقعت|حصلت|غزاها\s+النبي|غزاها\s+الرسول)\s+)?"
    r"(?:(?:من\s+)?بعد|عقب|تلت)\s+(?:غزوه\s+)?تبوك(?:\s|$)"
)


def asks_the_one_after(normalized: str) -> bool:
    """Whether a question (normalised) asks which expedition came after Tabuk."""
    # (not «negated»: «ما» opens the question here, it denies nothing)
    return _THE_ONE_AFTER.search(normalized) is not None and _DENIED.isdisjoint(normalized.split())


_DENIED = frozenset("لم لن ليس ليست مش مو ماكانش".split())


def last_of_all(facts: Iterable[Fact]) -> Fact | None:
    """The fact that puts the expeditions event_order.json names before Tabuk (most of them:
    Mu'tah is placed by its own fact): the one saying Tabuk was the last."""
    by_id = {fact.id: fact for fact in facts}
    placing = [stated_before(event.id, "tabuk", by_id) for event in expeditions()]
    found = [fact for fact in placing if fact is not None]
    return max(found, key=found.count) if found else None
