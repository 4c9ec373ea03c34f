"""A statement denying a deed the text states of someone («لم يتبرع أبو بكر بشيء من ماله»,
«أهل دومة الجندل لم يدفعوا الجزية»): the statement judge's `_denial` asks the denial taken
away to be stated in full; people deny a deed in fewer or other words than the text's, so
here it is enough that the engine answers the deed with one fact, that the fact names every
detail the statement names (the same person, place, people), states the denied verb itself
(or in the words people ask for it with), and denies nothing of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.answer_keys import core_word, words_of
from knowledge.claim_scope import affirmed
from knowledge.contrary_deeds import contrary_deed
from knowledge.fact_checks import in_passing
from knowledge.message_patterns import QUESTION_START
from knowledge.normalize import normalize
from knowledge.statement_words import NEGATIONS, is_negation, stresses_denial
from knowledge.stemming import stem
from knowledge.tuning import STATEMENT_COVERAGE

# Question words of a yes/no question («هل قتل النبي أكيدر؟» may be answered «no»).
# («واش النبي قتل أكيدر ولا سمح ليه؟»: either of two, one of them answered «no»)
_YES_NO = frozenset(normalize(word) for word in ("هل", "واش", "وهل", "أ"))
_EITHER = frozenset(normalize(word) for word in ("ولا", "أو", "او", "أم", "ام", "والا", "وإلا"))

if TYPE_CHECKING:
    from knowledge.engine import AnswerEngine
    from knowledge.models import Fact
    from knowledge.statements import Judgement, StatementJudge

# «ولم يذكر النص مقدار ما قدمه»: the text saying what it does not state denies no deed.
_UNSTATED = frozenset(("يذكر", "تذكر", "يحدد", "يبين"))
# The text's «ما» is «what» («مقدار ما قدمه»): its denials are these, «دون», «بلا»…
_TEXT_NEGATIONS = NEGATIONS - {"ما"}


def _denies_a_deed(fact: Fact) -> bool:
    """Whether the fact's own words deny something (other than what the text leaves unsaid):
    «لم يشأ أن يهاجمهم» may deny in its words what a statement denies in others."""
    return any(_denies(words_of(text)) for text in (fact.answer, fact.source))


def _denies(words: tuple[str, ...]) -> bool:
    return any(
        is_negation(word, _TEXT_NEGATIONS)
        and (at + 1 >= len(words) or words[at + 1] not in _UNSTATED)
        for at, word in enumerate(words)
    )


# Staying back from a deed («المتخلفين والمتثاقلين عن الخروج», «تخلفوا عن ركب …»): the deed
# after «عن» is one they did not do, so the fact does not state it was done.
_REFRAINING = tuple(
    normalize(word) for word in ("تخلف", "متخلف", "تثاقل", "متثاقل", "اثاقل", "امتنع", "قعد")
)


def _not_refrained(words: tuple[str, ...]) -> list[str]:
    """The words without a deed named after «عن» and a word of staying back from it."""
    kept: list[str] = []
    for at, word in enumerate(words):
        before = words[at - 2 : at] if at >= 2 else ()
        if before and before[1] == "عن" and _refrains(before[0]):
            continue
        kept.append(word)
    return kept


def _refrains(word: str) -> bool:
    core = core_word(word).removeprefix("و")
    return any(root in core for root in _REFRAINING)


def _states_the_verb(fact: Fact, verbs: frozenset[str]) -> bool:
    """Whether the fact states a denied verb, in its words or in the questions that ask what
    it states («بماذا تبرع أبو بكر» for «قدّم أبو بكر ماله كله»); never a yes/no question's
    words, which may be answered «no» («هل قتل النبي أكيدر؟»)."""
    told = {stem(core_word(word)) for word in _not_refrained(words_of(fact.answer))}
    told |= {stem(core_word(word)) for word in _not_refrained(words_of(fact.source))}
    for question in fact.questions:
        opening = QUESTION_START.match(normalize(question))
        words = words_of(question)
        if (
            opening is not None
            and opening.group(0).strip() not in _YES_NO
            and _EITHER.isdisjoint(words)
        ):
            # («اشنو قال الله على اللي ما بغاوش يخرجو»: a deed asked under a denial is not
            # one the fact states was done)
            told |= {
                stem(core_word(word))
                for at, word in enumerate(words)
                if not any(is_negation(before) for before in words[max(0, at - 2) : at])
                and word in _not_refrained(words)
            }
    return any(stem(core_word(verb)) in told for verb in verbs)


def denied_deed(judge: StatementJudge, engine: AnswerEngine, statement: str) -> Judgement | None:
    """«خطأ» for a statement denying a deed the one fact about it states (see the module)."""
    from knowledge.statements import Judgement

    claims = judge.claims(statement)
    found = affirmed(statement, claims)
    if found is None:
        return None
    text, verbs = found
    reply = engine.answer(text)
    fact = reply.fact if reply.answered else None
    if fact is None or _denies_a_deed(fact):
        return None
    if contrary_deed(judge, engine, text) is not None:
        # («المنافقون لم يخرجوا»: going out is what the text says they did not do)
        return None
    named = [claim for claim in claims if not in_passing(claim)]
    if not named or any(judge.check(fact, claim) <= 0 for claim in named):
        return None
    if not _states_the_verb(fact, verbs):
        return None
    # The rest must be stated too, with the verb as the text or the questions name it
    # (checked above: «تبرع» is no word of «قدّم أبو بكر ماله كله»).
    # Words that only stress the denial («أحدًا», a bare «أحد» outside Uhud) are read as the
    # statement judge reads them (statement_words.stresses_denial).
    words = words_of(text)
    said = [w for at, w in enumerate(words) if not stresses_denial(words, at)]
    rest = [w for w in said if w not in verbs and stem(w) not in verbs]
    if not any(judge.covers(fact, " ".join(w), claims, STATEMENT_COVERAGE) for w in (said, rest)):
        return None
    return Judgement(False, fact, reply)
