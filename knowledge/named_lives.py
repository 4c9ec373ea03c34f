"""A named person's life asked of a fact that tells only his part in the expedition.

«مقتل عمر بن الخطاب», «سيرة عثمان بن عفان», «قصة إسلام عمر», «خلافة عثمان»,
«كيف قتل عمر بن الخطاب؟»: the text names Umar and Uthman only for what they gave to the army,
so the fact that ranks first for their names tells their gift, not their death, their
conversion, their caliphate or their life as a whole. A headline or a story asked of such a
turn (knowledge/unsaid.py reads the turns of a life only in typed questions, since «مقتل
سفير النبي» names the event the envoy fact tells) is answered only by a fact whose own
answer tells it; otherwise the text does not state it.

Read only where the word of the turn is said of the person: right before his name («مقتل
عمر», «إسلام عثمان بن عفان», «حياة أبي بكر»), or with «his» on it beside his name («عمر بن
الخطاب ومقتله»). «آخر غزوة في حياة النبي» names no person of the facts (the Prophet is
the frame), and «بعد مقتل القادة الثلاثة» names no one by name.
"""

from __future__ import annotations

from knowledge.name_links import NAME_LINKS
from knowledge.names_asked import PERSON_WORDS, SAME_PERSON
from knowledge.normalize import without_conjunction
from knowledge.stemming import stem

# Turns and spans of a life (as typed, normalised, with «his» or without), and the roots an
# answer tells each by (matched inside a word). An empty tuple: no fact tells it.
_LIFE: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = tuple(
    (frozenset(asked.split()), tuple(told.split()))
    for asked, told in (
        # killing, martyrdom, death («حقن دمه», his life spared, tells whether he was killed)
        ("مقتل مقتله اغتيال اغتياله قتل", "قتل سقط استشهد شهيد شهدا حقن"),
        ("استشهاد استشهاده", "استشهد شهيد شهدا سقط قتل"),
        ("وفاه وفاته موت موته", "مات موت توفي وفاه قتل سقط استشهد شهيد شهدا هلك"),
        # conversion («الإسلام» alone is the religion: only said of a person here)
        ("اسلام اسلامه", "اسلام اسلم"),
        ("خلافه خلافته", "خليف خلاف"),
        # his life as a whole («حياة أكيدر»: his life spared tells of it)
        ("حياه حياته", "حقن"),
        ("سيره سيرته نشاه نشاته ترجمه ترجمته", ""),
        # his conquests (Khalid's: «فخضعت له»), his trade
        ("فتوحات فتوحاته", "فتح خضع صالح"),
        ("تجاره تجارته", "تجار تاجر"),
    )
)
# The words with «his» typed on them («مقتله», «سيرته»): said of the person named.
_WITH_HIS = frozenset(
    "مقتله اغتياله استشهاده وفاته موته اسلامه خلافته حياته سيرته نشاته ترجمته فتوحاته "
    "تجارته".split()
)


def _is_person(word: str) -> bool:
    """Whether the word is a person's name, with a letter before it at most («لعثمان»,
    «وعمر»): a suffix makes another word («بكرة» is tomorrow, not «بكر»)."""
    if word in PERSON_WORDS:
        return True
    root = stem(word)
    return root in PERSON_WORDS and word.endswith(root)


def _names_a_person(words: tuple[str, ...]) -> bool:
    """Whether the words open with a person's name («عمر بن الخطاب», «أبي بكر»)."""
    for word in words[:3]:
        if _is_person(word):
            return True
        if word not in NAME_LINKS:
            return False
    return False


def named_life_turns(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The answer roots that would tell each turn of a named person's life the question
    asks: the word of the turn right before his name, or with «his» when he is named."""
    named = any(_is_person(word) for word in words)
    found: list[tuple[str, ...]] = []
    for at, typed in enumerate(words):
        word = without_conjunction(typed, "و")
        for asked, told in _LIFE:
            if word not in asked:
                continue
            before_name = _names_a_person(words[at + 1 : at + 4])
            with_his = named and word in _WITH_HIS
            if before_name or with_his:
                found.append(told)
    return tuple(found)


def life_unsaid(words: tuple[str, ...], answer: tuple[str, ...]) -> bool:
    """Whether the question asks a turn of a named person's life the answer does not tell."""
    return any(
        not any(root in word for word in answer for root in told)
        for told in named_life_turns(words)
    )


def _named_at(group: frozenset[str], words: tuple[str, ...]) -> int | None:
    """Where the words first name a person of this group («خالد», «الوليد»), if they do."""
    for at, word in enumerate(words):
        if word in group or stem(word) in group:
            return at
    return None


def turn_told_of_another(
    words: tuple[str, ...], answer: tuple[str, ...], told: tuple[str, ...]
) -> bool:
    """Whether a turn the answer tells («فسقط فيها … القواد الثلاثة») is told only before
    every person the question names, or of no one it names: then it is someone else's.

    «كيف مات خالد بن الوليد؟» drew the Mu'tah fact, whose death words are the three
    commanders'; Khalid is named after them, for saving the army. A turn told of him comes
    once he is named («أكيدر … وقد حقن النبي دمه»: his life spared)."""
    named = [group for group in SAME_PERSON if any(w in group or stem(w) in group for w in words)]
    if not named:
        return False
    for group in named:
        at = _named_at(group, answer)
        if at is not None and any(root in word for word in answer[at:] for root in told):
            return False
    return True


# «اسم» as typed (normalised), with «ال» and «و».
_NAME = frozenset("اسم واسم الاسم والاسم".split())
# What a name asked is said to be: real, full, original («اسمه الحقيقي», «الاسم الكامل»).
_NAME_KINDS = frozenset("الحقيقي الكامل الاصلي كاملا بالكامل".split())


def asks_a_named_person_s_name(words: tuple[str, ...]) -> bool:
    """«وش اسم ابو بكر الحقيقي؟», «الاسم الكامل لعثمان»: the name of someone the question
    names already, his other or full name. The facts call each person only by the names
    people ask them by («أبو بكر الصديق»), so no fact states it: Abu Bakr's gift was the
    answer. «ما اسم ملك الروم» (a role) and «اسم الصحابي الذي …» name no one after «اسم»."""
    for at, word in enumerate(words):
        if word not in _NAME:
            continue
        after = [w for w in words[at + 1 : at + 5] if w not in _NAME_KINDS]
        if after and after[0].startswith("ل") and len(after[0]) > 3:
            after[0] = after[0][1:]  # («الاسم الكامل لعثمان», «لأبي بكر»)
        if _names_a_person(tuple(after)):
            return True
    return False
