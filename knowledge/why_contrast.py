"""«Why only this, and not that?»: a reason the text gives only for what it explains.

«لماذا قدم عمر نصف ماله فقط», «لماذا قدم عمر نصف ماله وليس كله», «لماذا حقن النبي دم
أكيدر ولم يقتله» ask why one thing was done rather than another. The text states the deed
(Umar gave half his wealth, Ukaydir was spared) but no reason for it; answering with the
deed restates the question as if it were the reason. Such a question is answered only by a
fact people ask «why» of (several of its own phrasings are reason questions: the army's name, the
Romans' retreat, the battle not fought); otherwise the engine is not sure of it.
"""

from __future__ import annotations

from knowledge.lexicon import QuestionType
from knowledge.ranking_results import FactProfile
from knowledge.tuning import WHY_PHRASINGS_MIN

# «… فقط», «… لا غير»: only this.
_ONLY = frozenset({"فقط", "بس", "وبس"})
# «… وليس كله», «… ولم يقتله», «… مش كله»: rather than that. (Not «ولا»: «قتل أكيدر ولا
# سمح ليه» is either/or; not «وما»: «… وما الآية» is a second question.)
_RATHER_NOT = frozenset({"وليس", "ولم", "ومش", "مش"})


def asks_why_of_a_contrast(question_type: QuestionType, words: tuple[str, ...]) -> bool:
    """Whether a reason question asks why only this, or why this and not that (not «لماذا
    لم يهاجم»: a denied deed asked at the start is the deed itself)."""
    if question_type is not QuestionType.REASON or len(words) < 3:
        return False
    return any(word in _ONLY for word in words[2:]) or any(
        word in _RATHER_NOT for word in words[2:-1]
    )


def answers_why(profile: FactProfile | None) -> bool:
    """Whether people ask «why» of the fact: some of its own phrasings are reason questions."""
    asked = profile.asked if profile is not None else ()
    return sum(kind is QuestionType.REASON for _, kind in asked) >= WHY_PHRASINGS_MIN
