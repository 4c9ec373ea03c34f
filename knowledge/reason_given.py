"""Whether a fact gives a reason, for a «why» question a loose rule would answer with it.

«لماذا خضعت دومة الجندل لخالد دون قتال؟», «علل: تخلف بعض الصحابة الصادقين عن غزوة تبوك»:
the leading fact tells what happened (Dumat submitted; the believers answered the call),
and nothing of why. A close match shares most of the question with its fact and may stand;
a leader found only loosely (a clear winner, every rival's words its own, its keyword
named) answers «why» only when the fact gives a reason: people ask «why» of it
(`why_contrast.answers_why`), or its answer says one with a word of cause («إذ», «فقد»,
«لما», «حقنا للدماء», «لأن», «بسبب»), or it tells where a verse came down («نزلت في …»:
its occasion, what «سبب نزولها» asks).
"""

from __future__ import annotations

from knowledge.lexicon import QuestionType
from knowledge.matcher import FactProfile
from knowledge.why_contrast import answers_why

# Words of cause in an answer (normalised as typed).
_CAUSE_WORDS = frozenset("لان لانه لانها لانهم اذ فقد بسبب لما حقنا لذلك لذا كي لكي نزلت".split())


def gives_a_reason(profile: FactProfile | None) -> bool:
    """Whether the fact gives a reason: asked «why» by its own phrasings, or its answer
    holds a word of cause."""
    if profile is None:
        return False
    return answers_why(profile) or bool(profile.answer_words & _CAUSE_WORDS)


def why_left_unanswered(
    question_type: QuestionType, rule: str, profile: FactProfile | None
) -> bool:
    """Whether a «why» question would be answered, by a rule other than a close match (one
    sharing most of the question with its fact), with a fact that gives no reason."""
    return (
        question_type is QuestionType.REASON
        and not rule.startswith("close match")
        and not gives_a_reason(profile)
    )
