"""A follow-up that asks the «why» before it again, in other words: «ليش الروم جمعوا جيوشهم
في الشام؟ ايش كان قصدهم؟», «لماذا تخلف المنافقون؟ وما غرضهم؟», «ليش ما صار قتال؟ وش
السبب؟». After a question asking why, a part asking only for «their aim / intent / the
reason», naming nothing of its own, asks that same why: read alone, its one word («قصد»)
matched the place the army headed to (location). It gets the part before's fact, and joins
it (part_joins.merge_follow_ups). Part of reading follow-ups (knowledge/follow_up_reading.py).
"""

from __future__ import annotations

import re

from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from knowledge.question_type import question_type

# «ايش كان قصدهم؟», «وما الهدف من ذلك؟», «شو غرضهم؟», «وش السبب؟» (normalised text): a
# purpose or a reason asked, with «their / its» or «of that» and nothing else.
_PURPOSE_ASKED = re.compile(
    r"^\s*[وف]?(?:(?:ايش|شو|وش|شنو|اشنو|ما|ماذا|ايه|شنهو|واش)\s+)?(?:(?:كان|كانت|هو|هي)\s+)?"
    r"(?:(?:ال)?(?:قصد|هدف|غرض|نيه|غايه|مقصد|سبب)(?:هم|ه|ها|هما|هن)?"
    r"|(?:قصد|هدف|غرض|نيت|غايت|مقصد|سبب)(?:هم|ه|ها|هما|هن))"
    r"(?:\s+(?:من|ب)\s*(?:ذلك|هذا|هذا\s+الشي|كذا|كده|هيك|ذاك|هالشي))?\s*[؟?!.]*\s*$"
)


def restates_the_why(text: str, previous: str) -> bool:
    """Whether a part asks only the aim or the reason of a «why» question before it."""
    if _PURPOSE_ASKED.match(normalize(text)) is None:
        return False
    return question_type(tuple(normalize(previous).split())) is QuestionType.REASON
