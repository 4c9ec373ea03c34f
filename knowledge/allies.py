"""Allies across the two sides: «كان الغساسنة من حلفاء المسلمين» is false.

The text has two camps: the Muslims with the Prophet, and the Romans with the Arab tribes
they brought (Ghassan, Lakhm). A statement making one of the enemy's camp an ally of the
Muslims (or the reverse) puts a tribe on the wrong side; every word of it is in the text, so
read word by word it would be left unsettled, or answered with the mobilisation that names
both. Such a statement is «خطأ», corrected by the shortest fact that tells the alliance
with the one it names («ومن حالفها من العرب الغساسنة», «جلب الروم معهم … لخم وغسان»).
"""

from __future__ import annotations

from collections.abc import Iterable

from knowledge.answer_keys import words_of
from knowledge.models import Fact
from knowledge.normalize import normalize
from knowledge.statement_words import negated
from knowledge.stemming import stem

_MUSLIMS = frozenset("مسلم مومن نبي مهاجر انصار صحاب".split())
_ENEMY = frozenset("روم هرقل غساسنه غسان لخم".split())
# Allied with («حلفاء», «حالفوا», «تحالفت», «انضموا إلى», «ساندوا»), as stems.
_ALLIED = frozenset("حالف متحالف انضم ساند ناصر".split())
# Words between an alliance and the sides it binds («كان الغساسنة من حلفاء المسلمين»,
# «تحالفت قبيلة غسان مع الروم», «انضموا إلى المسلمين»). Any other word ends the reach:
# «اعتدى الروم وحلفاؤهم على سفير النبي» binds no ally to the Prophet.
_BETWEEN = frozenset("كان كانت كانو كانوا هم هو من مع الي الى ل لل قبيله قبائل قبيلة".split())
# An answer telling an alliance («ومن حالفها», «وحلفاؤهم», «جلب الروم معهم»).
_TOLD_ALLIED = ("حالف", "وحالف", "حلفا", "وحلفا", "معهم")


def _camps(stems: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    found = frozenset(stems)
    return found & _MUSLIMS, found & _ENEMY


def _bound(words: list[str], stems: list[str], at: int, step: int) -> list[str]:
    """The sides right beside an alliance word, reading away from it by `step`."""
    found: list[str] = []
    index = at + step
    while 0 <= index < len(words):
        if stems[index] in _MUSLIMS | _ENEMY:
            found.append(stems[index])
        elif words[index] not in _BETWEEN and words[index] not in ("و", "ال"):
            break
        index += step
    return found


def ally_across(statement: str, facts: Iterable[Fact]) -> Fact | None:
    """The fact that corrects a statement allying one camp with the other, or None."""
    words = normalize(statement).split()
    stems = [stem(word) for word in words]
    if negated(words_of(statement)):
        return None
    for at, word_stem in enumerate(stems):
        if word_stem not in _ALLIED:
            continue
        muslims, enemy = _camps([*_bound(words, stems, at, -1), *_bound(words, stems, at, 1)])
        if muslims and enemy:
            return _told(enemy, facts)
    return None


def _told(enemy: frozenset[str], facts: Iterable[Fact]) -> Fact | None:
    """The shortest fact telling the alliance of the enemy's side named."""
    told = [
        fact
        for fact in facts
        if enemy <= _camps(stem(w) for w in normalize(fact.answer).split())[1]
        and any(w.startswith(_TOLD_ALLIED) for w in normalize(fact.answer).split())
    ]
    return min(told, key=lambda fact: len(fact.answer)) if told else None


def allied_parties(claimed: Iterable[str], stated: Iterable[Iterable[str]]) -> bool:
    """Whether a party claimed is of the enemy's camp and so is each party a fact states
    («وجمع لخم وغسان» where the fact about Heraclius names the Romans): an ally named
    beside the Romans is no other side put in their place, so not «خطأ» by that fact."""
    claimed_camp = _camps(stem(normalize(word)) for word in claimed)[1]
    return bool(claimed_camp) and all(
        _camps(stem(normalize(word)) for word in value)[1] for value in stated
    )
