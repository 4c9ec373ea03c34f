"""«Why only this, and not that?»: a reason the text gives only for what it explains.

«لماذا قدم عمر نصف ماله فقط», «لماذا قدم عمر نصف ماله وليس كله», «لماذا حقن النبي دم
أكيدر ولم يقتله» ask why one thing was done rather than another. The text states the deed
(Umar gave half his wealth, Ukaydir was spared) but no reason for it; answering with the
deed restates the question as if it were the reason. Such a question is answered only by a
fact people ask «why» of (several of its own phrasings are reason questions: the army's name, the
Romans' retreat, the battle not fought); otherwise the engine is not sure of it. «لماذا خضعت
دومة الجندل لخالد دون قتال» asks why this was done without that: the same, unless the fact
itself tells it without that and gives its cause («انتهت غزوة تبوك دون قتال؛ إذ تقهقر الروم»).

«لماذا خلّى النبي سبيل أكيدر», «لماذا جلب الروم لخمًا وغسان»: a fact that tells who, where,
when or how many (Ukaydir is the chief, Lakhm and Ghassan came with the Romans) restates
the deed asked why of, and is no answer to «why» unless people ask it why or its text gives
a cause («إذ», «لأن», «بسبب», «…، فتخلفوا»: what went before, then its result).
"""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.lexicon import QUESTION_WORDS, QuestionType
from knowledge.models import AnswerType
from knowledge.normalize import normalize
from knowledge.ranking_results import FactProfile
from knowledge.tuning import WHY_PHRASINGS_MIN

# «… فقط», «… لا غير»: only this.
_ONLY = frozenset({"فقط", "بس", "وبس"})
# «… وليس كله», «… ولم يقتله», «… مش كله»: rather than that. (Not «ولا»: «قتل أكيدر ولا
# سمح ليه» is either/or; not «وما»: «… وما الآية» is a second question.)
_RATHER_NOT = frozenset({"وليس", "ولم", "ومش", "مش"})
# «… دون قتال», «… بدون حرب», «… بلا قتال»: this, without that (before the word it denies).
_WITHOUT = frozenset({"دون", "بدون", "بلا"})
# Facts answering with a person, a place, a date or a figure: who, where, when, how many.
_NO_ACCOUNT = frozenset({AnswerType.PERSON, AnswerType.PLACE, AnswerType.TIME, AnswerType.NUMBER})
# Words (normalised) that give a cause in the facts' prose: because, for, since, out of.
_CAUSE_WORDS = frozenset("لان لانه لانها لانهم بسبب اذ لما حقنا فقد كي لكي سبب اسباب".split())
# Negations between «why» and the deed asked («لماذا لم يقتل»).
_NOT = frozenset("لم ما لا ماكان".split())
# «…، فتخلفوا»: a clause, then «ف» opening its result (not «؛ فهو الذي …», which says
# who the one named is).
_RESULT = re.compile(r"[،,؛]\s*ف(?!هو|هي|هم)")


def asks_why_of_a_contrast(question_type: QuestionType, words: tuple[str, ...]) -> bool:
    """Whether a reason question asks why only this, or why this and not that (not «لماذا
    لم يهاجم»: a denied deed asked at the start is the deed itself)."""
    if question_type is not QuestionType.REASON or len(words) < 3:
        return False
    return (
        any(word in _ONLY for word in words[2:])
        or any(word in _RATHER_NOT for word in words[2:-1])
        or bool(_without(words))
    )


def _without(words: tuple[str, ...]) -> str:
    """«دون قتال» in «لماذا خضعت دومة الجندل دون قتال»: the thing done without, if any."""
    for at, word in enumerate(words[2:-1], start=2):
        if word in _WITHOUT:
            return f"{word} {words[at + 1]}"
    return ""


def gives_a_cause(answer: str, deed: str = "") -> bool:
    """Whether a fact's text gives a cause: a word of cause, a clause then its result
    («…، فتخلفوا»), or the deed asked why of told as a result («وخلّى سبيله فرجع إلى
    قريته»). A purpose («لملاقاة الروم», «لتجهيز الجيش») is not counted: on the held-out
    sets counting it restored no right answer, and a wrong one came back with it or
    with the «ف» + deed cause (not yet told apart)."""
    words = normalize(answer).split()
    if _CAUSE_WORDS.intersection(words):
        return True
    return bool(_RESULT.search(answer)) or bool(deed and f"ف{deed}" in words)


def explains_the_contrast(words: tuple[str, ...], profile: FactProfile | None) -> bool:
    """Whether the fact answers a «why only this / without that» question: people ask it
    why, or it tells the deed without that thing itself and gives a cause."""
    if answers_why(profile):
        return True
    without = _without(words)
    if profile is None or not without:
        return False
    thing = without.split()[1]
    told = normalize(profile.fact.answer).split()
    said_without = any(a in _WITHOUT and b == thing for a, b in pairwise(told))
    return said_without and gives_a_cause(profile.fact.answer)


def restates_the_deed(
    question_type: QuestionType, words: tuple[str, ...], profile: FactProfile | None
) -> bool:
    """«لماذا خلّى النبي سبيل أكيدر»: a «why» answered by a fact telling who, where, when or
    how many, which people do not ask why and whose text gives no cause."""
    if question_type is not QuestionType.REASON or profile is None:
        return False
    at = next((i for i, word in enumerate(words) if word in QUESTION_WORDS), None)
    if at is not None and QUESTION_WORDS[words[at]] is not QuestionType.REASON:
        return False  # «شكون هو أكيدر وشنو وقع ليه»: «ليه» after «who», to him, not why
    # («لماذا وجّه النبي خالدًا»: the word after «why» is the deed asked)
    after = [word for word in words[at + 1 :] if word not in _NOT] if at is not None else []
    deed = after[0] if after else ""
    fact = profile.fact
    return (
        fact.answer_type in _NO_ACCOUNT
        and not answers_why(profile)
        and not gives_a_cause(fact.answer, deed)
    )


def answers_why(profile: FactProfile | None) -> bool:
    """Whether people ask «why» of the fact: some of its own phrasings are reason questions."""
    asked = profile.asked if profile is not None else ()
    return sum(kind is QuestionType.REASON for _, kind in asked) >= WHY_PHRASINGS_MIN
