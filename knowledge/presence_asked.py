"""«Was he with them?»: a yes/no question asking whether someone was with someone else.

«هل كان هرقل مع جيشه في تبوك؟», «هل كان أبو بكر مع النبي في تبوك؟», «واش كان هرقل مع الجيش
ديالو؟» ask whether one was there beside another. A fact about that person that never says
«with» (Heraclius paid the mercenaries, Abu Bakr gave all his wealth) tells what he did, not
that he went along: answered with it, the «yes» is the bot's guess. A fact that does tell it
(«وجّه النبي خالد بن الوليد مع فرقة من الجيش», «جلب الروم معهم … قبائل عربية») still answers.
"""

from __future__ import annotations

from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize

# «هل/واش/أ…» then «كان/كانوا/كانت» before the one asked about
_BEING = frozenset(normalize(w) for w in "كان كانت كانوا كانو".split())
# «مع», and Iraqi «ويا»; with a pronoun on it in an answer («معهم», «معه»)
_WITH = ("مع", "ويا")


def asks_if_with(kind: QuestionType, words: tuple[str, ...]) -> bool:
    """Whether a yes/no question asks whether someone was with someone else: «كان» opening
    it, the one named, then «مع/ويا». (Maghrebi «واش» opens a yes/no question too, though
    the question type reads it as the Gulf «what».)"""
    if kind is not QuestionType.YESNO and words[:1] != ("واش",):
        return False
    # «كان» first after «هل/واش», then the one named (a word or two), then «مع»: not «واش
    # العرب كانو خايفين يتلاقاو مع الروم» (met with), nor «… شرط الصلح مع دومة الجندل»
    being = next((at for at, word in enumerate(words[:2]) if word in _BEING), None)
    return being is not None and any(word in _WITH for word in words[being + 2 : being + 4])


def tells_who_was_with(answer: str) -> bool:
    """Whether an answer says anyone was with anyone («مع», «معهم», «ويا», «رابط بجنوده»)."""
    return any(
        word.startswith(_WITH) or word in _WITH_HIS_ARMY for word in normalize(answer).split()
    )


# «رابط النبي بجنوده», «خرج بالجيش»: the army went with him
_WITH_HIS_ARMY = frozenset(normalize(w) for w in "بجنوده بجيشه بالجيش بجنودهم".split())
