"""The confidence step: which rule, if any, makes the ranking's leader a confident answer.

The leader is sent only when it wins by a margin over the rivals that could answer the same
question (a fact about another event, one giving no date to «متى», one quoting nothing to
«ماذا قال» is no rival) and nothing about it says it cannot answer (an entity conflict, a
type «أين»/«متى» it does not give, a phrasing that denies the question). The engine then
checks the chosen fact states what is asked (knowledge/engine.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from knowledge.analysis import Analysis
from knowledge.asked import Asked
from knowledge.contradictions import denied_by
from knowledge.lexicon import ENTITIES, QuestionType
from knowledge.models import AnswerType, Fact
from knowledge.normalize import normalize
from knowledge.phrasing_fit import TYPED_QUESTIONS
from knowledge.ranking_results import Candidate, FactProfile, Ranking
from knowledge.rivals import asks_the_unknown, dominates, only_its_keyword
from knowledge.tuning import (
    ANSWER_MAX_UNEXPLAINED,
    ANSWER_MIN_MARGIN,
    ANSWER_MIN_SCORE,
    DOMINANT_MIN_MARGIN,
    DOMINANT_MIN_SCORE,
    KEYWORD_NAMED_MIN_MARGIN,
    KEYWORD_NAMED_MIN_SCORE,
    LOOSE_MAX_UNEXPLAINED,
    LOOSE_MIN_MARGIN,
    LOOSE_MIN_SCORE,
    ONE_UNKNOWN_MAX_UNEXPLAINED,
    ONE_UNKNOWN_MIN_MARGIN,
    ONE_UNKNOWN_MIN_SCORE,
    OWN_PHRASING_SCORE,
    SUGGEST_MIN_SCORE,
    SUGGEST_WINDOW,
)
from knowledge.why_contrast import (
    asks_why_of_a_contrast,
    explains_the_contrast,
)

# Other events a fact may be about (the Mu'tah fact), and how its commanders are asked.
_OTHER_EVENT_NAMES = frozenset({"موته"})
_THREE_COMMANDERS = frozenset({"ثلاث", "قايد"})
# «مؤتت», «موتة» typed for «مؤتة» are read as «موت»: still the event named.
_EVENT_SLIPS = frozenset({"موت"})
# «أين» and «متى» want a place and a time: a fact that gives neither (and is never asked
# that way) is offered as "did you mean", never sent as the answer.
STRICT_TYPES = frozenset({QuestionType.PLACE, QuestionType.TIME})
# «سبب نزولها»: the occasion of a verse's revelation, which the fact quoting it tells.
_REVELATION = frozenset("نزول النزول نزولها نزوله".split())
# The rules of knowledge/asked.py a fact fails when it quotes nothing.
_QUOTE_RULES = frozenset({"saying", "verse", "quote"})


@dataclass(frozen=True, slots=True)
class FactLookups:
    """What the confidence step asks the engine about facts and words."""

    profile: Callable[[str], FactProfile | None]
    wholes: Callable[[str], tuple[str, ...]]
    keyword_terms: Callable[[str], frozenset[str]]
    unstated: Callable[[Asked, Fact], str | None]  # the rule of knowledge/asked.py it fails
    term: Callable[[str], str]  # the term a normalised word is read as


def another_event(
    ranking: Ranking, top: Candidate, keyword_terms: Callable[[str], frozenset[str]]
) -> str | None:
    """«مين اللي استلم قيادة المسلمين بتبوك؟» is not Mu'tah's change of command: a fact
    about another event (its keywords name it, «مؤتة») answers only a question that names
    that event, someone only it names, or its three commanders."""
    keywords = keyword_terms(top.fact.id)
    if not keywords & _OTHER_EVENT_NAMES or top.score >= OWN_PHRASING_SCORE:
        return None  # (asked as the fact itself is asked: «ما الواقعة التي نال فيها…»)
    asked = set(ranking.matched_terms)
    named = asked & keywords & (_OTHER_EVENT_NAMES | ENTITIES) or asked & _EVENT_SLIPS
    if named or asked >= _THREE_COMMANDERS:
        return None
    return "another event"


def confident_rule(
    analysis: Analysis, ranking: Ranking, top: Candidate, asked: Asked, facts: FactLookups
) -> str | None:
    """The rule that makes the leader a confident answer, or None."""
    # («دور خالد بن الوليد في تبوك»: Mu'tah, which the question does not name, could not
    # answer it, so it is no rival)
    rivals = [
        c for c in ranking.candidates[1:] if another_event(ranking, c, facts.keyword_terms) is None
    ]
    if top.type_fits and analysis.question_type in TYPED_QUESTIONS:
        # «منو اللي طلع لهم الرسول» asks who: a runner-up that gives a date is no rival.
        rivals = [candidate for candidate in rivals if candidate.type_fits]
    if (asked.saying or asked.verse) and facts.unstated(asked, top.fact) is None:
        # «ماذا قال الله في المتخلفين»: a fact quoting nothing cannot say what was said,
        # so it is no rival of the verse that does.
        rivals = [c for c in rivals if facts.unstated(asked, c.fact) not in _QUOTE_RULES]
    if analysis.question_type is QuestionType.YESNO and top.fact.answer_type is AnswerType.YESNO:
        # «هل قاتل النبي الروم»: the fact that says yes or no to it answers; facts that
        # only share its words («the enemy was Rome») do not.
        rivals = [c for c in rivals if c.fact.answer_type is AnswerType.YESNO]
    runner_up = rivals[0].score if rivals else 0.0
    margin = top.score - runner_up
    close_match = (
        top.score >= ANSWER_MIN_SCORE
        and margin >= ANSWER_MIN_MARGIN
        and top.unexplained <= ANSWER_MAX_UNEXPLAINED
    )
    clear_winner = (
        top.score >= LOOSE_MIN_SCORE
        and margin >= LOOSE_MIN_MARGIN
        and top.unexplained <= LOOSE_MAX_UNEXPLAINED
    )
    strong_despite_one_unknown = (
        len(ranking.unknown_terms) == 1
        and not asks_the_unknown(analysis, ranking)
        and top.score >= ONE_UNKNOWN_MIN_SCORE
        and margin >= ONE_UNKNOWN_MIN_MARGIN
        and top.unexplained <= ONE_UNKNOWN_MAX_UNEXPLAINED
    )
    if top.entity_conflict:
        return None
    if not (top.type_fits or analysis.question_type not in STRICT_TYPES):
        return None
    if denied_by(tuple(normalize(top.phrasing).split()), analysis.words, facts.term):
        return None  # found through a phrasing that denies what the question asserts
    if (
        analysis.question_type is QuestionType.REASON
        and not top.type_fits
        and any(
            c.type_fits and c.score >= SUGGEST_MIN_SCORE and top.score - c.score <= SUGGEST_WINDOW
            for c in ranking.candidates[1:]
        )
    ):
        # «ليش المسلمين طلعوا يواجهوا الروم»: a fact giving no reason is no answer to «why»
        # while one that gives the reasons is close behind it: ask back with both.
        return None
    if asks_why_of_a_contrast(analysis.question_type, analysis.words) and not (
        explains_the_contrast(analysis.words, facts.profile(top.fact.id))
    ):
        return None  # «لماذا قدم عمر نصف ماله فقط»: the text gives the deed, no reason
    if ranking.read_in_context:
        # A word read through the leader's own words is evidence for it only when the
        # rest of the question fits it closely too.
        return (
            "close match (a word read in context)"
            if (close_match and not ranking.unknown_terms)
            else None
        )
    if not ranking.unknown_terms and close_match:
        return "close match"
    if (
        analysis.question_type is QuestionType.REASON
        and not top.type_fits
        and not asked.verse
        and _REVELATION.isdisjoint(analysis.words)
    ):
        # «علل: تخلف بعض الصحابة الصادقين عن غزوة تبوك»: a fact never asked why, with words
        # of the question it does not explain, is no answer to why (a verse's occasion,
        # «سبب نزولها», is what the fact quoting it tells)
        return None
    if not ranking.unknown_terms and clear_winner:
        return "clear winner"
    if strong_despite_one_unknown:
        return "strong despite one unknown word"
    if (
        not ranking.unknown_terms
        and top.score >= DOMINANT_MIN_SCORE
        and margin >= DOMINANT_MIN_MARGIN
        and top.unexplained <= LOOSE_MAX_UNEXPLAINED
        and dominates(ranking, top, facts.profile, facts.wholes)
    ):
        return "every rival's words are the leader's too"
    if (
        not ranking.unknown_terms
        and top.score >= KEYWORD_NAMED_MIN_SCORE
        and margin >= KEYWORD_NAMED_MIN_MARGIN
        and top.type_fits
        and top.unexplained <= LOOSE_MAX_UNEXPLAINED
        and only_its_keyword(ranking, top, facts.profile)
    ):
        return "the leader's keyword is named and no rival's"
    return None
