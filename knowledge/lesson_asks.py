"""Lessons asked of the expedition as a whole: a detail the text does not state.

The `lessons` known gap (knowledge/data/known_gaps.json) holds set phrases («الدروس والعبر»,
«نتعلم»). Its words cannot hold a learner between the verb and what is learned from («ماذا
تعلم الصحابة من تبوك», «شو تعلموا الناس من الغزوة»), and read word by word «تعلم» is the stem
«علم» of «علموا» (the Romans learned of the march): such a question got the Romans' surprise.
Here the shape is read: a verb of learning or a noun of lesson, then «من» and the expedition
itself. A lesson drawn from one deed («ماذا تعلم المسلمون من تبرع عثمان») is asked of that
deed, which the text tells: it is no gap (knowledge/message_patterns.py reads it so).
"""

from __future__ import annotations

import re

# «تعلم», «يتعلم», «نتعلم», «اتعلم», «بنتعلم», «تعلموا», «تعلمناه» …; «نستفيد», «يستفاد» …
# (not the past «استفاد المسلمون من …»: what they gained, the outcome)
_LEARN = (
    r"(?:[وف])?(?:(?:ب?[تينا])?(?:تعلم|ستفيد)|يستفاد|استفدنا)"
    r"(?:و|وا|ون|ونه|وه|وها|نا|ناه|نه|ه|ها|ته|تها|ت|ي)?"
)
# «الدرس», «دروس», «العبرة» (normalised «العبره»), «الفوائد», «العظات» (not bare «عبر»: crossed)
_LESSON = r"(?:(?:ال)?(?:درس|درسا|دروس|دروسا|عبره|فوايد|فايده|عظه|عظات)|العبر)"
# The expedition itself after «من»: «تبوك», «غزوه تبوك», «الغزوه», «هذه الغزوه», «قصه تبوك»
_EXPEDITION = (
    r"(?:(?:هذه|هذي|هاي|هاذي|هادي|تلك)\s+)?(?:(?:قصه|احداث|سيره)\s+)?"
    r"(?:(?:غزوه\s+)?تبوك|الغزوه|هالغزوه)"
)
# The verb or noun, up to three words (the learners: «الصحابة الكرام»), «من», the expedition.
_FROM_THE_EXPEDITION = re.compile(
    rf"(?:^|\s)(?:{_LEARN}|{_LESSON})(?:\s+\S+){{0,3}}?\s+من\s+{_EXPEDITION}(?:\s|$)"
)
# «ماذا علمتنا غزوة تبوك», «ما الذي علّمته الغزوة للصحابة»: the expedition teaching
_EXPEDITION_TEACHES = re.compile(rf"(?:^|\s)علمت(?:نا|هم|ه|ني|كم)?\s+{_EXPEDITION}(?:\s|$)")
# «هل تعلم …», «ماذا تعلم عن …»: «do you know», not «learn»
_YOU_KNOW = re.compile(r"(?:^|\s)(?:هل|ماذا|شو|ايش|وش)\s+تعلم\s+(?:عن|ان|انه|ما|متي|كم)(?:\s|$)")


def asks_lessons(normalized: str) -> bool:
    """Whether a question (normalised) asks the lessons of the expedition as a whole."""
    if _YOU_KNOW.search(normalized):
        return False
    return bool(_FROM_THE_EXPEDITION.search(normalized) or _EXPEDITION_TEACHES.search(normalized))
