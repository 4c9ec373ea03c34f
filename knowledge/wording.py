"""Fitting an answer's wording to the question: «نعم/لا» opens only a yes/no answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from knowledge.lexicon import SUBJECT_TERMS, YES_NO_WORDS, QuestionType
from knowledge.normalize import normalize

if TYPE_CHECKING:
    from knowledge.analysis import Analysis

_OR_NOT = frozenset((("ولا", "لا"), ("او", "لا"), ("لو", "لا"), ("ولا", "لاء"), ("ام", "لا")))
# «نعم،» or «لا،» opening an answer, with its comma or semicolon.
_OPENER = re.compile(r"^(نعم|لا)\s*[،,؛]\s*")


def asks_yes_or_no(question_type: QuestionType, words: tuple[str, ...]) -> bool:
    """Whether the question asks yes or no («هل…», «صحيح أن…», «… ولا لا؟»)."""
    if question_type is QuestionType.YESNO:
        return True
    # (asked of every message: tested word by word, with no set built for the test)
    if not YES_NO_WORDS.isdisjoint(words):
        return True
    return not _OR_NOT.isdisjoint(pairwise(words))


def fit_answer(answer: str, yes_or_no: bool) -> str:
    """The answer without its opening «نعم،/لا،» unless the question asked yes or no: «ما
    آخر غزوة غزاها النبي» is answered «كانت غزوة تبوك آخر غزواته», not «نعم، كانت…»."""
    return answer if yes_or_no else _OPENER.sub("", answer, count=1)


def opener_fits(question: Analysis, answer: str, read: Callable[[str], str]) -> bool:
    """Whether an answer's own «نعم،/لا،» answers this question: every word the question
    asks with (beyond the frame) is in the answer after it. «هل كانت تبوك آخر غزواته» is
    answered «نعم، كانت … آخر غزوات النبي»; «النبي غزا شي غزوة بعد تبوك؟» is not (yes
    would say he did), so it gets the answer without it. `read` gives a word's term."""
    opener = _OPENER.match(answer)
    if opener is None:
        return True
    told = {read(word) for word in normalize(answer[opener.end() :]).split()}
    return set(question.terms) - SUBJECT_TERMS <= told
