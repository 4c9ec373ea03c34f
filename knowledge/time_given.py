"""A time the question gives, not asks: «ماذا أعلن النبي في رجب سنة 9؟» asks what was
announced; «in Rajab of the year 9» says when, so the fact giving the date is no answer to
it. The engine ranks such a question again without the time (knowledge/engine.py)."""

from __future__ import annotations

import dataclasses

from knowledge.analysis import Analysis
from knowledge.lexicon import QuestionType

# The question type that asks what was done then («ماذا», «ما الذي», «وش»). A yes/no question
# may ask whether it was then, a headline may claim the time, and «ضد من … في رجب» or «من
# أنا … في رجب» ask a party or person the time-giving fact may not be.
_ASKING_ELSE = frozenset({QuestionType.THING})
# Words of a time (normalised, as the question holds them): the months, «شهر», «سنة» and
# «عام» with the ordinal or figure of the year, «للهجرة».
_MONTHS = frozenset("محرم صفر ربيع جمادي جماد رجب شعبان رمضان شوال القعده الحجه ذي ذو".split())
_MONTH_WORDS = frozenset("شهر الشهر بشهر وشهر".split())
_YEAR_WORDS = frozenset("سنه السنه بسنه سنة السنة عام العام بالعام".split())
_ORDINALS = frozenset("تاسعه التاسعه تاسع التاسع تسع 9 ٩".split())
_ERA_WORDS = frozenset("هجره الهجره للهجره هجري الهجري هجريه هـ".split())


def _time_words(words: tuple[str, ...]) -> set[str]:
    """The words that say a time («رجب», «سنة» before «9» or «التاسعة», «للهجرة»)."""
    found: set[str] = set()
    for index, word in enumerate(words):
        after = words[index + 1].removeprefix("و") if index + 1 < len(words) else ""
        bare = word.removeprefix("و")
        said = (
            bare in _MONTHS
            or bare in _ORDINALS
            or bare in _ERA_WORDS
            or (bare in _MONTH_WORDS and after in _MONTHS)
            or (bare in _YEAR_WORDS and (after in _ORDINALS or after.isdigit()))
        )
        if said:
            found.add(word)
    return found


def without_time_given(analysis: Analysis) -> Analysis | None:
    """The question's reading without the time it gives, or None when it gives none or asks
    a time (or whether, or nothing asked by a question word)."""
    if analysis.question_type not in _ASKING_ELSE:
        return None
    said = _time_words(analysis.words)
    at = {index for index, word in enumerate(analysis.term_words) if word in said}
    if not at or len(at) == len(analysis.terms):
        return None
    kept = [
        (term, word)
        for index, (term, word) in enumerate(zip(analysis.terms, analysis.term_words, strict=True))
        if index not in at
    ]
    return dataclasses.replace(
        analysis,
        terms=tuple(term for term, _ in kept),
        term_words=tuple(word for _, word in kept),
    )
