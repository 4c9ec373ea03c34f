"""A statement denying what the text denies: «النبي لم يشأ مهاجمة الروم حقنا للدماء», «قدموا
أنفسهم وأموالهم بدون خوف ولا تردد», where the fact says «لم يشأ … أن يهاجمهم», «دون خوف أو
تردد». The mirror of knowledge/affirmed_denials.py (a statement affirming a verb the fact
denies) and of knowledge/denied_deeds.py (a statement denying a deed the fact states).

The statement judge leaves every statement with a denial unsettled unless a yes/no detail of
the keys (the fighting) settles it: a denial may deny what the fact states. But when the fact
the engine answers the statement with denies the same thing, the two agree. So: each denial
in the statement must be matched by one in the fact's own text, a word right after the
statement's denial being a word right after the fact's (by its letters without conjugation,
or the same word by stem); and the fact must state every detail and nearly every other word
of the statement, as for any «صحيح». Then the statement is «صحيح», told with that fact.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.affirmed_denials import verb_letters
from knowledge.analysis import other_event
from knowledge.answer_keys import same_word, words_of
from knowledge.engine import AnswerEngine
from knowledge.fact_checks import in_passing
from knowledge.question_rewrites import drop_honorifics
from knowledge.statement_words import is_negation, negated, trailing_ask
from knowledge.stemming import is_stopword
from knowledge.tuning import AGREED_DENIAL_REACH, WHOLE_STATEMENT_COVERAGE

if TYPE_CHECKING:
    from knowledge.statements import Judgement, StatementJudge

# The text's own denials (not «ما»: in the text it is «what», «مقدار ما قدمه»); «دون» and
# «بدون» deny what follows them as «لم» does a verb («دون خوف»: without fear).
_TEXT_DENIALS = frozenset(("لم", "لن", "لا", "دون", "بدون", "بلا", "غير"))


def _scope(words: tuple[str, ...], at: int) -> list[str]:
    """The content words a denial at `at` reaches: the next few that are no function word
    («لم يشأ النبي … أن يهاجمهم»: the wish and the attack)."""
    after = [w for w in words[at + 1 : at + 1 + 2 * AGREED_DENIAL_REACH] if not is_stopword(w)]
    return after[:AGREED_DENIAL_REACH]


def _matches(word: str, denied: list[str]) -> bool:
    letters = verb_letters(word)
    return any(same_word(word, other) or verb_letters(other) == letters for other in denied)


def agreed_denial(judge: StatementJudge, engine: AnswerEngine, statement: str) -> Judgement | None:
    """«صحيح» for a statement whose every denial the fact it is about denies too (above)."""
    from knowledge.statements import Judgement

    words = trailing_ask(words_of(statement))
    if not negated(words) or other_event(words) is not None:
        return None
    reply = engine.answer(statement)
    fact = reply.fact if reply.answered else None
    if fact is None:
        return None
    # (honorifics aside: «لم يشأ النبي صلى الله عليه وسلم أن يهاجمهم» reaches the attack)
    told = [drop_honorifics(words_of(text)) for text in (fact.answer, fact.source)]
    denied = [
        word
        for text in told
        for at, bare in enumerate(text)
        if bare in _TEXT_DENIALS
        for word in _scope(text, at)
    ]
    denials = [at for at, word in enumerate(words) if is_negation(word)]
    if not denied or not denials:
        return None
    for at in denials:
        # (the word denied, right after the denial: «لم يتراجع الروم» denies the retreat,
        # which «لم يتوقع الروم» does not deny for sharing «الروم»)
        reached = _scope(words, at)[:1]
        if not reached or not _matches(reached[0], denied):
            return None
    claims = judge.claims(statement)
    # (the Muslims or the Prophet named in passing need only not be contradicted: «كان في
    # المسلمين من …» where the fact says «كان هناك مسلمون …»)
    if not all(
        judge.holds(fact, claim) or (in_passing(claim) and judge.check(fact, claim) >= 0)
        for claim in claims
    ):
        return None
    if not judge.covers(fact, statement, claims, WHOLE_STATEMENT_COVERAGE, strict=True):
        return None
    return Judgement(True, fact, reply)
