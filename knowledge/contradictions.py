"""Statements whose every word a fact states, yet bound otherwise: the judge's last check.

The statement judge (knowledge/statements.py) says «صحيح» when one fact states every detail
a statement names and nearly all its words. Words alone miss how they are bound:
- a count and what it counts: «بخمسين جملًا» where the fact has 950 camels and 50 horses;
- a bound: «أقل من / بالضبط أربعين ألفًا» where the fact says more than forty thousand
  (knowledge/bounded_figures.py);
- who is what: «خالد بن الوليد هو رئيس دومة الجندل» where the fact says «أكيدر هو رئيس …»;
- which event: «سقط في غزوة تبوك القواد الثلاثة» where the fact puts it at Mu'tah;
- which came first: «غزوة تبوك كانت قبل غزوة مؤتة» where the fact says Mu'tah came before;
- which deed came first: «صالحت … على الجزية قبل أن تخضع» where the fact says «بعد أن
  خضعت» (knowledge/clause_order.py);
- an expedition after the last: «بعد غزوة تبوك غزا النبي غزوات كثيرة» where the fact says
  Tabuk was his last.
Each is a contradiction of the fact, so the statement is false.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from knowledge.answer_keys import counted, words_of
from knowledge.bounded_figures import bound_contradicted
from knowledge.clause_order import order_swapped
from knowledge.lexicon import ENTITIES
from knowledge.normalize import without_conjunction
from knowledge.question_words import IS
from knowledge.stemming import is_stopword, stem

# The events a fact may name, as their names read (normalised, no article).
_TABUK, _MUTAH = "تبوك", "موته"
_BEFORE, _AFTER = "قبل", "بعد"


# Words of opposite sense, as typed (normalised): «قريبة» where the fact says «بعيدة».
_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(one.split()), frozenset(other.split()))
    for one, other in (
        ("قريب قريبه قريبا", "بعيد بعيده بعيدا"),
        ("قليل قليله قليلا", "كثير كثيره كثيرا"),
    )
)
# «لم تكن قريبة»: a denied word is not claimed.
_NEGATIONS = frozenset("لم لن ليس ليست لا ما مش مو غير".split())


def contradicts(answer: str, statement: str) -> bool:
    """Whether the statement binds the fact's own words otherwise than its answer does."""
    return (
        _opposite(answer, statement)
        or other_count(answer, statement)
        or bound_contradicted(answer, statement)
        or _other_holder(answer, statement)
        or _other_event(answer, statement)
        or _other_order(answer, statement)
        or _after_the_last(answer, statement)
        or order_swapped(answer, statement)
    )


def _bare(words: tuple[str, ...]) -> set[str]:
    """The words without «و», «ب», «ال» before them (لبلاد, وبعيدة)."""
    out = set(words)
    for word in words:
        for prefix in ("وال", "بال", "ال", "و", "ب"):
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                out.add(word[len(prefix) :])
    return out


# A statement is checked against a few dozen facts' answers, each a long text: each
# answer's bare words are read once and kept (read-only), not again for every statement.
TOLD_ANSWERS_KEPT = 256


@lru_cache(maxsize=TOLD_ANSWERS_KEPT)
def _told_bare(answer: str) -> frozenset[str]:
    return frozenset(_bare(words_of(answer)))


def _opposite(answer: str, statement: str) -> bool:
    """«كانت بلاد الروم قريبة» where the fact says «بعيدة»: a word of the opposite sense,
    when the fact says only the one and the statement denies nothing."""
    said = words_of(statement)
    if any(word in _NEGATIONS for word in said):
        return False
    said_bare, told_bare = _bare(said), _told_bare(answer)
    for one, other in _OPPOSITES:
        for claimed, given in ((one, other), (other, one)):
            if said_bare & claimed and told_bare & given and not told_bare & claimed:
                return True
    return False


def other_count(answer: str, statement: str) -> bool:
    """A count of a thing the fact counts, not the fact's count of it."""
    stated = counted(answer)
    kinds = {kind for _, kind in stated}
    return any(kind in kinds and (n, kind) not in stated for n, kind in counted(statement))


def _stems(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for w in words if not is_stopword(w))


def _other_holder(answer: str, statement: str) -> bool:
    """«خالد (هو) رئيس دومة الجندل» against «أكيدر هو رئيس دومة الجندل»: another name
    holds the role the fact gives."""
    told = words_of(answer)
    # «X هو Y»: the pronoun after a name says what the name is.
    at = next((i for i, word in enumerate(told[:5]) if word in IS and i), None)
    if at is None:
        return False
    holder, role = _stems(told[:at]), [stem(w) for w in told[at + 1 : at + 2]]
    said = words_of(statement)
    start = next((i for i, word in enumerate(said) if [stem(word)] == role), None)
    if not holder or not role or not start:
        return False
    claimed = _stems(said[:start])
    return bool(claimed & ENTITIES) and not claimed & holder


def _names(words: tuple[str, ...], event: str) -> bool:
    return any(event in word for word in words)


def _at_tabuk(words: tuple[str, ...]) -> bool:
    """«في غزوة تبوك», «في تبوك», «بتبوك»: the words place something at Tabuk (not «قبل
    تبوك», which is where the fact puts Mu'tah)."""
    if _BEFORE in words or _AFTER in words:
        return False
    for index, word in enumerate(words):
        if word in (_TABUK, "بتبوك", "فتبوك"):
            before = words[max(0, index - 2) : index]
            if word != _TABUK or "في" in before or "فى" in before:
                return True
    return False


def _other_event(answer: str, statement: str) -> bool:
    """The fact tells of Mu'tah; the statement puts it at Tabuk, never naming Mu'tah."""
    said, told = words_of(statement), words_of(answer)
    return _names(told, _MUTAH) and _at_tabuk(said) and not _names(said, _MUTAH)


def _earlier(words: tuple[str, ...]) -> str | None:
    """Which of Tabuk and Mu'tah the words say came first («قبل غزوة تبوك … مؤتة»)."""
    for index, word in enumerate(words):
        if word not in (_BEFORE, _AFTER):
            continue
        after = next((w for w in words[index + 1 :] if _TABUK in w or _MUTAH in w), None)
        if after is None:
            return None
        named = _TABUK if _TABUK in after else _MUTAH
        other = _MUTAH if named == _TABUK else _TABUK
        return other if word == _BEFORE else named
    return None


def out_of_order(answer: str, statement: str) -> bool:
    """Whether the statement puts Tabuk elsewhere in the order of events than the fact does
    (before Mu'tah, or before other raids where it was the last): false whatever its words."""
    return _other_order(answer, statement) or _after_the_last(answer, statement)


def _other_order(answer: str, statement: str) -> bool:
    """«غزوة تبوك كانت قبل غزوة مؤتة»: the fact says Mu'tah came first."""
    said, told = words_of(statement), words_of(answer)
    if not all(_names(words, event) for words in (said, told) for event in (_TABUK, _MUTAH)):
        return False
    claimed, given = _earlier(said), _earlier(told)
    return claimed is not None and given is not None and claimed != given


# Words of raiding, normalised: an expedition or a battle fought («غزا», «غزوات», «قاتل»).
_RAIDS = frozenset("غزا غزي غزوه غزوات غزوتين غزاها قاتل حارب معركه معارك".split())
_LAST = frozenset(("اخر", "آخر"))


def _after_the_last(answer: str, statement: str) -> bool:
    """«بعد غزوة تبوك غزا النبي غزوات كثيرة»: a raid after Tabuk, where the fact says it was
    the last of his expeditions (not denied: «لم يغز بعدها»)."""
    said, told = words_of(statement), words_of(answer)
    if not _LAST & set(told) or any(word in _NEGATIONS for word in said):
        return False
    after_tabuk = any(
        word == _AFTER and any(_TABUK in w for w in said[index + 1 : index + 3])
        for index, word in enumerate(said)
    )
    # («غزوة تبوك» names Tabuk itself: a raid word right before «تبوك» is no other raid)
    raids = [
        word
        for index, word in enumerate(said)
        if without_conjunction(word, "و") in _RAIDS
        and not (index + 1 < len(said) and _TABUK in said[index + 1])
    ]
    return after_tabuk and bool(raids)


# Words whose opposite the text states, as typed (unlike `_OPPOSITES`, which compares
# normalised words both ways) («بعيدة», «شاق», «حر», «جدب», «كثيرة»): a bare statement
# with the one the text does not use («كانت بلاد الروم قريبة … وسهلة الوصول») is false when,
# put as the other, it is stated in full.
_FLIPS: dict[str, str] = {
    "قريب": "بعيد",
    "قريبه": "بعيده",
    "قريبة": "بعيدة",
    "سهل": "شاق",
    "سهله": "شاقه",
    "سهلة": "شاقة",
    "سهلا": "شاقا",
    "يسهل": "يشق",
    "يسير": "شاق",
    "يسيرا": "شاقا",
    "قليل": "كثير",
    "قليله": "كثيره",
    "قليلة": "كثيرة",
    "قليلا": "كثيرا",
    "بارد": "حار",
    "برد": "حر",
    "البرد": "الحر",
    "رخاء": "عسرة",
    "الرخاء": "العسرة",
    "خصب": "جدب",
    "الخصب": "الجدب",
    # (plenty and cold, said of the time the army was fitted out: the text says hardship,
    # heat and drought; «رخا» is the dialects' «رخاء», «وفرة» plenty of crops)
    "رخا": "عسرة",
    "الرخا": "العسرة",
    "وفرة": "جدب",
    "وفره": "جدب",
    "الوفرة": "الجدب",
    "الوفره": "الجدب",
    "باردا": "حارا",
    "باردة": "حارة",
    "بارده": "حاره",
    # (the hypocrites «encouraged» where the text says they discouraged: «ثبطوا»)
    "شجع": "ثبط",
    "شجعوا": "ثبطوا",
    "يشجعون": "يثبطون",
    "تشجيع": "تثبيط",
    # (far, as the text says: «قصيرة» and «قريبين» for the distance to the Romans' lands)
    "قريبين": "بعيدين",
    "قريبون": "بعيدون",
    "قصير": "بعيد",
    "قصيره": "بعيده",
    "قصيرة": "بعيدة",
    "قصيرا": "بعيدا",
    # (a time of heat and drought: not winter, not a fertile land)
    "شتاء": "حر",
    "الشتاء": "الحر",
    "مخصبة": "مجدبة",
    "مخصبه": "مجدبه",
    # (the envoy was assaulted, not honoured; Dumat al-Jandal made peace, the delegations
    # became Muslims; the army was a huge number)
    "أكرم": "اعتدى",
    "اكرم": "اعتدى",
    "أكرموا": "اعتدوا",
    "اكرموا": "اعتدوا",
    "رفضت": "صالحت",
    "رفض": "صالح",
    "رفضوا": "صالحوا",
    "ارتدت": "أسلمت",
    "ارتدوا": "أسلموا",
    "صغير": "ضخم",
    "صغيرا": "ضخما",
    "صغيرة": "ضخمة",
    "صغيره": "ضخمه",
}
_FLIP_WORD = re.compile(
    r"(?<![\w])([وف]?)(" + "|".join(sorted(_FLIPS, key=len, reverse=True)) + r")(?![\w])"
)


def opposite_words(statement: str) -> str:
    """The statement with each word of `_FLIPS` put as its opposite (the judge tries it
    when the statement as typed is not true, knowledge/statements.py)."""
    return _FLIP_WORD.sub(lambda m: m.group(1) + _FLIPS[m.group(2)], statement)


# Negations before a verb, the dialects' too («ما طلعوا», «لم يخرجوا», «مش راحوا»).
_VERB_NEGATIONS = frozenset("لم لن ما مش مو ماكانش مكانش".split())
# Words «ما» joins into a conjunction, no negation: «بعد ما انسحبوا» (after they withdrew).
_WITH_MA = frozenset("بعد قبل لين حتي زي مثل كل من بدل طول عند لحد وقت يوم".split())


def denied_by(
    phrasing: tuple[str, ...], question: tuple[str, ...], read: Callable[[str], str]
) -> bool:
    """Whether a phrasing denies a word the question asserts: «منو اللي ما طلعوا مع الجيش»
    found for «مين اللي مشي قدام الجيش» (went: who did not go is not who went). `read`
    gives a word's term; words are normalised."""
    if _VERB_NEGATIONS.isdisjoint(phrasing):
        return False  # no negation in the phrasing: it denies nothing (the common case)
    asserted = {read(word) for at, word in enumerate(question) if not _denied(question, at)}
    denied = {read(word) for at, word in enumerate(phrasing) if _denied(phrasing, at)}
    negated_in_question = {read(word) for at, word in enumerate(question) if _denied(question, at)}
    return bool((denied & asserted) - negated_in_question - {""})


def _denied(words: tuple[str, ...], at: int) -> bool:
    """Whether the word at `at` comes right after a negation («ما» opening a question asks
    what: «ما سبب …»; «بعد ما» is «after»)."""
    before = at - 1
    if before < 0 or words[before] not in _VERB_NEGATIONS or is_stopword(words[at]):
        return False
    if words[before] != "ما":
        return True
    return before > 0 and words[before - 1] not in _WITH_MA


def opposes(fact_texts: tuple[str, ...], statement: str, flipped: str) -> bool:
    """Whether every word `opposite_words` changed is, as the text's word, stated by the fact
    and, as typed, not: «قريبة» where the distance fact says «بعيدة»."""
    told = {stem(word) for text in fact_texts for word in words_of(text)}
    typed, put = words_of(statement), words_of(flipped)
    changed = [(a, b) for a, b in zip(typed, put, strict=False) if a != b]
    return (
        len(typed) == len(put)
        and bool(changed)
        and all(stem(b) in told and stem(a) not in told for a, b in changed)
    )
