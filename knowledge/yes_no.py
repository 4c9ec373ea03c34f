"""Yes/no questions whose answering fact opens with neither «نعم» nor «لا».

«هل كان هرقل ملك الروم؟» is answered by «هرقل هو ملك الروم…». When the question's claim, read
without «هل/واش», is judged true by that same fact (knowledge/statements.py) and every word
of the claim that carries meaning is a word of the fact's answer, the reply opens with
«نعم». Never «لا» this way: a claim the judge calls false may be a swapped side the fact does
not settle. When the engine hesitates («عمر قدم نص ماله ولا لا؟») and the fact it offers
first states the claim so, that fact answers, with «نعم».
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from knowledge.engine import Outcome, Reply
from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType, Fact
from knowledge.normalize import normalize
from knowledge.presence_asked import asks_if_with, tells_who_was_with
from knowledge.question_words import YES_NO
from knowledge.statements import StatementJudge
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import STATED_WORDS_CACHE_SIZE


def _claim(text: str) -> str:
    """The question without its «هل» and its question mark."""
    words = text.strip().rstrip("؟? ").split()
    if words and normalize(words[0]) in YES_NO:
        words = words[1:]
    return " ".join(words)


# «لم يكن تجهيز الجيش سهلًا»: an answer that denies something never opens with «نعم» to a
# claim that denies nothing (it may be denying the very words asked).
_DENYING = frozenset("لم لن ليس ليست لا ولا ولم غير دون بدون".split())


def _states_all(fact: Fact, claim: str) -> bool:
    """Every word of the claim that carries meaning is a word of the fact's answer («قريبة»
    where the fact says «بعيدة» is no «نعم»), and the answer denies nothing the claim does
    not («هل كان تجهيز الجيش سهلًا؟» is not «نعم، لم يكن … سهلًا»)."""
    words = normalize(claim).split()
    denies, told = _told(fact.answer, fact.source)
    if denies and not _DENYING & set(words):
        return False
    said = {stem(w) for w in words if not is_stopword(w)}
    return said <= told


@lru_cache(maxsize=STATED_WORDS_CACHE_SIZE)
def _told(answer: str, source: str) -> tuple[bool, frozenset[str]]:
    """Whether a fact's answer denies something, and the stems of its answer and source:
    read once per fact, not per claim (an answer runs to hundreds of words)."""
    denies = bool(_DENYING & set(normalize(answer).split()))
    return denies, frozenset(stem(w) for w in normalize(f"{answer} {source}").split())


def _states(judge: StatementJudge, fact: Fact, claim: str) -> bool:
    # The word check first: it is cheap, and judging a claim costs milliseconds.
    if not _states_all(fact, claim):
        return False
    words = tuple(normalize(claim).split())
    if asks_if_with(QuestionType.YESNO, words) and not tells_who_was_with(fact.answer):
        return False  # («هل كان المنافقون مع الجيش؟»: «فتخلفوا» has every word, and no «with»)
    judged = judge.judge(claim)
    return judged.verdict is True and judged.fact == fact


def confirmed_yes(judge: StatementJudge, text: str, reply: Reply) -> Reply:
    """The engine's answer, marked to open with «نعم» when the fact states the claim."""
    fact = reply.fact
    if not reply.yes_no or fact is None or fact.answer_type is AnswerType.YESNO:
        return reply
    words = text.strip().split()
    if len(words) < 3 or normalize(words[0]) not in YES_NO:
        return reply
    return (
        dataclasses.replace(reply, confirmed=True) if _states(judge, fact, _claim(text)) else reply
    )


def settled_yes_no(judge: StatementJudge, text: str, reply: Reply) -> Reply | None:
    """A yes/no question the engine hesitates on, answered by the fact it offers first when
    that fact states the claim (two signals agree: the ranking's and the judge's). Not when
    the engine held that fact back as one donor's share asked of no one («هل كان الجيش على
    الخيول؟»: Uthman's horses are his gift, not the army's mounts)."""
    if not reply.yes_no or reply.outcome is not Outcome.SUGGEST or not reply.suggestions:
        return None
    if reply.unstated == "whose":
        return None
    first = reply.suggestions[0].fact
    if not _states(judge, first, _claim(text)):
        return None
    return dataclasses.replace(
        reply,
        outcome=Outcome.ANSWER,
        fact=first,
        suggestions=(),
        confirmed=first.answer_type is not AnswerType.YESNO,
        rule="a yes/no claim the first suggestion states",
    )
