"""«Why did they …?» asked of one side, and a fact that tells why the other side did it.

«لماذا لم يهاجم الروم المسلمين في تبوك؟» asks why the Romans held back; the fact that no
battle was fought tells why the Prophet did not attack the Romans («لماذا لم يهاجم النبي
الروم»): the same verb and the same two sides, the doer swapped. «علل: لم يطارد النبي جيش
الروم» asks the Prophet's reason; the Romans' retreat tells theirs. The doer of a «why» is the
first side it names (the Muslims' side: the Prophet, his army, the Muslims; the Romans' side:
the Romans, Heraclius, their Arab allies; the Arabs as a people, «العرب»). When every «why»
phrasing of the leading fact that names a side names another one first, the leader answers
another side's «why»: asked back («ليش الروم خافو من المسلمين؟» is not the Arabs' fear).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge.lexicon import QuestionType
from knowledge.muslim_side import side_of
from knowledge.normalize import normalize
from knowledge.question_type import question_type
from knowledge.stemming import is_stopword

if TYPE_CHECKING:
    from knowledge.ranking_results import Ranking


# The Arabs as a people («لماذا خاف العرب من الروم»: their fear is theirs, not the Romans'),
# a side of its own for whose «why» it is (not in muslim_side: there they are no army).
_ARABS = frozenset("العرب عرب والعرب فالعرب".split())


def _side(word: str) -> str | None:
    return side_of(word) or ("arabs" if word in _ARABS else None)


def first_side(words: tuple[str, ...]) -> str | None:
    """The doer: the side the first word naming one names, when the words name both sides
    («لماذا لم يهاجم الروم المسلمين»), or one side before any other content word («علاش الروم
    رجعو»); None else («ليش ما قاتلوا الروم»: after the verb, one side may be its object)."""
    named = [(index, side) for index, word in enumerate(words) if (side := _side(word))]
    if not named:
        return None
    index, side = named[0]
    if len({side for _, side in named}) > 1 or all(is_stopword(w) for w in words[:index]):
        return side
    return None


@lru_cache(maxsize=4096)
def why_doers(questions: tuple[str, ...]) -> frozenset[str]:
    """The sides a fact's own «why» phrasings name first (empty when none names a side)."""
    found = set()
    for question in questions:
        words = tuple(normalize(question).split())
        if question_type(words) is QuestionType.REASON and (side := first_side(words)):
            found.add(side)
    return frozenset(found)


def another_side_s_why(
    kind: QuestionType, words: tuple[str, ...], questions: tuple[str, ...]
) -> bool:
    """Whether a «why» question's doer is a side the leader's «why» phrasings never put
    first, while they put another side first."""
    if kind is not QuestionType.REASON:
        return False
    doer = first_side(words)
    doers = why_doers(questions)
    return doer is not None and bool(doers) and doer not in doers


def the_doer_s_why(kind: QuestionType, words: tuple[str, ...], ranking: Ranking) -> Ranking:
    """A «why» asked of one side leaves out the facts that tell only another side's «why»:
    «ليه الروم انسحبوا وما قاتلوش المسلمين؟» is the Romans' retreat, and the fact telling why
    the Prophet did not attack them (its own «why» phrasings all put him first) is no rival
    of it. Facts whose «why» phrasings name no side stay. Only rivals go: a leader that would
    go too is left with them (asked back, `another_side_s_why`), never replaced by a fact
    ranked far below it («لماذا لم يقاتل الروم جيش المسلمين؟»: the fight the words ask
    about is the Prophet's fact's, whatever the Romans' retreat says)."""
    if kind is not QuestionType.REASON or (doer := first_side(words)) is None:
        return ranking
    kept = tuple(
        candidate
        for candidate in ranking.candidates
        if not (doers := why_doers(candidate.fact.questions)) or doer in doers
    )
    if not kept or len(kept) == len(ranking.candidates) or kept[0] != ranking.candidates[0]:
        return ranking
    return dataclasses.replace(ranking, candidates=kept)
