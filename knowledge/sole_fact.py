"""The engine's «only one fact does it» rules: when the leader is not a confident answer, a
question may still single out one candidate, the only one among those worth offering that
states its subject, says what it defines, or is asked with the stance it asks. Each rule
takes `where`, the engine's filter over the candidates worth offering (knowledge/engine.py)."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.asked import Asked, actor_of, actors_of, says_what_it_is
from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType
from knowledge.normalize import normalize
from knowledge.ranking_results import Candidate, FactProfile, Ranking
from knowledge.tuning import LOOSE_MIN_SCORE, SUGGEST_WINDOW

# The candidates worth offering whose fact passes a test.
Where = Callable[[Callable[[FactProfile], bool]], list[Candidate]]


def sole_subject(where: Where, ranking: Ranking, asked: Asked) -> bool:
    """«دور هرقل في غزوة تبوك»: a question that names someone and asks nothing else of
    them (words asking for an account, the frame) is about the fact that states them,
    when the leader is the only fact among the candidates that does."""
    if ranking.unknown_terms or not ranking.candidates:
        return False
    if not asked.subject or asked.detail:
        return False
    stating = where(lambda profile: asked.subject <= profile.terms)
    top = ranking.candidates[0]
    # «أين كان هرقل أثناء غزوة تبوك»: the question word asks something of them too (a
    # place, a time, a number); a fact whose answer is not of that kind does not give it.
    return stating == [top] and top.score >= LOOSE_MIN_SCORE and top.type_fits


def sole_definer(where: Where, ranking: Ranking, asked: Asked) -> Candidate | None:
    """«ما هو جيش العسرة»: of the candidates, only one says what it is: that one."""
    if not asked.defines or ranking.unknown_terms:
        return None
    defining = where(lambda profile: says_what_it_is(asked, profile))
    return defining[0] if len(defining) == 1 else None


def sole_actor(where: Where, ranking: Ranking, words: tuple[str, ...]) -> Candidate | None:
    """«موقف المنافقين من …»: the one candidate whose own phrasings ask that stance."""
    actor = actor_of(words)
    if actor is None or ranking.unknown_terms:
        return None
    owning = where(lambda profile: actor in actors_of(profile.fact.questions))
    return owning[0] if len(owning) == 1 else None


# «إلى» (normalised) before a place: where someone went; the terms verbs of going are read as
# («راح», «مشى», «طلع», «توجه» are «خرج»; «ذهب», «سار», «وصل»)
_TO = "الي"
_GONE = frozenset({"خرج", "ذهب", "سار", "وصل"})
# Verbs of leading or sending someone («قاد الجيش إلى …», «أرسل/بعث/وجّه … إلى …»), read
# as these terms: what they take (the army, a detachment, a name) stands before «إلى».
_LED = frozenset({"قايد", "ارسل"})
# Words a verb of leading or sending may take before «إلى».
_MAX_OBJECT_WORDS = 3


def sole_destination(
    where: Where, kind: QuestionType, words: tuple[str, ...], term: Callable[[str], str]
) -> Candidate | None:
    """«مين راح لدومة الجندل؟», «شكون اللي مشى لدومة الجندل؟»: who went to a place (a verb of
    going, «ل/إلى» and the place) is told by the one candidate whose answer has someone go
    or be sent «إلى» that place («وجّه النبي خالد … إلى دومة الجندل»), not by the facts that
    only name it (its ruler, its tribute). So is who led or sent someone there («من الذي قاد
    الجيش إلى دومة الجندل»: Khalid's errand, not the town's chief). Tabuk, every fact's
    frame, is no place asked."""
    if kind is not QuestionType.PERSON:
        return None
    for at, word in enumerate(words[:-1]):
        stem = term(word)
        if stem in _LED:
            window = words[at + 1 : at + 2 + _MAX_OBJECT_WORDS]
            to = next((i for i, w in enumerate(window) if _is_to(w)), None)
            if to is None:
                continue
            after = words[at + 1 + to :]
        elif stem not in _GONE:
            continue
        else:
            after = words[at + 1 :]
        if after[0] == _TO:
            after = after[1:]
        elif after[0].startswith("ل") and len(after[0]) > 3:
            after = (after[0][1:], *after[1:])
        else:
            return None
        if not after:
            return None
        place = " ".join(after[:2]) if len(after) > 1 and after[1].startswith("ال") else after[0]
        if not place or "تبوك" in place:
            return None
        return _the_one_going_to(where, f"{_TO} {place}")
    return None


def _is_to(word: str) -> bool:
    """«إلى», or «ل» joined to a place («لدومة»)."""
    return word == _TO or (word.startswith("ل") and len(word) > 3)


def _the_one_going_to(where: Where, destination: str) -> Candidate | None:
    """The one candidate whose answer has someone go to `destination` («الي دومه الجندل»)."""
    going = where(lambda profile: destination in normalize(profile.fact.answer))
    return going[0] if len(going) == 1 else None


# The kind of value a «when» or «how many» question asks, as the answer type that gives it.
_KIND_OF: dict[QuestionType, AnswerType] = {
    QuestionType.TIME: AnswerType.TIME,
    QuestionType.NUMBER: AnswerType.NUMBER,
}


# Prepositions (normalised) a question cannot end on unless a detail was cut out after them.
_PREPOSITIONS = frozenset("في فى من الي علي عن ب ل".split())


def sole_of_the_kind_stating_all(
    where: Where, ranking: Ranking, asked: Asked, term: Callable[[str], str]
) -> Candidate | None:
    """«متى أعلن النبي التعبئة العامة؟»: asked when (or how many) of a deed, the facts near
    the leader whose answer says every word asked may be several (the call to arms gives its
    month too); the one of them whose answer is that kind of value answers («كانت غزوة تبوك
    في شهر رجب …، ففيه أعلن النبي التعبئة العامة»). A word asked that only the other states
    («… ضد الروم») leaves it undecided."""
    kind = _KIND_OF.get(asked.kind)
    if kind is None or ranking.unknown_terms or not asked.detail or not ranking.candidates:
        return None
    if asked.words and asked.words[-1] in _PREPOSITIONS:
        # «متى التعبئة العامة التي أعلنها النبي في»: a statement's date cut out to check it
        # (knowledge/statements.py); the statement is about its topic, not about the date.
        return None
    top = ranking.candidates[0].score
    wanted = asked.subject | asked.detail

    def states_all(profile: FactProfile) -> bool:
        return wanted <= {term(word) for word in profile.answer_words}

    stating = [c for c in where(states_all) if top - c.score <= SUGGEST_WINDOW]
    typed = [c for c in stating if c.fact.answer_type is kind and c.type_fits]
    return typed[0] if len(typed) == 1 else None
