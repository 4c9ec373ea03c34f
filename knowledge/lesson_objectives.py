"""A lesson's objective read as the exam question it stands for.

Teachers paste a lesson plan's objectives («الأهداف السلوكية: أن يذكر الطالب ما قدمه عثمان»,
«أن يوضح المتعلم ما حل بأكيدر», «يتعرف التلميذ على نتائج الغزوة»): «that the pupil mentions
…» is the exam's «اذكر …», and what follows the learner is what is asked. The objective's
verb, in the present with «أن» (or without it, when the learner is named), is set as that
exam verb, so the message reader (knowledge/message_patterns.py, IMPERATIVES) reads it as it
reads «اذكر/وضح/بين/علل …». It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

# The objective's verb without its present prefix «ي/ت», and the exam verb it stands for.
_VERBS: dict[str, str] = {
    "ذكر": "اذكر",
    "وضح": "وضح",
    "بين": "بين",
    # («عدّد» with its shadda always lists; bare «عدد جيش …» is «the number of»)
    "عدد": "عدّد",
    "علل": "علل",
    "شرح": "اشرح",
    "ستنتج": "استنتج",
    "ستخلص": "استخلص",
    "صف": "صف",
    "حدد": "حدد",
    "لخص": "لخص",
    "ناقش": "ناقش",
    "قارن": "قارن",
    "فسر": "فسر",
    "عرف": "عرف",
    "سمي": "سمّ",
    # «يتعرف (المتعلم) على …»: comes to know it, which the exam asks as «اذكر»
    "تعرف": "اذكر",
}
# Who is to learn it: the pupil, the learner, the student (one or many).
_LEARNER = (
    r"(?:ال)?(?:طالب|طالبة|طالبه|طالبات|طلاب|طلبة|طلبه|متعلم|متعلمة|متعلمه|متعلمون|متعلمين"
    r"|تلميذ|تلميذة|تلميذه|تلاميذ|دارس|دارسة|دارسه|دارسون|دارسين)"
)
_VERB = "|".join(sorted(_VERBS, key=len, reverse=True))
# Where an objective starts: the message, a line, or after a heading's colon, an item's
# number or bullet, or the full stop of the objective before it.
_START = r"(^|[\n:：.)\-–•*،,(])([^\S\n]*)"
# «أن يذكر (الطالب) …»: with «أن» the learner may be left out («(2) أن يذكر ما قدمه …»).
_WITH_THAT = re.compile(
    rf"{_START}(?:أن|ان)\s+[يت](?P<verb>{_VERB})(?:\s+{_LEARNER})?"
    r"(?P<on>\s+(?:على|علي|إلى|الى))?\s+(?=\S)"
)
# «يتعرف الطالب على …», «يذكر المتعلم …»: without «أن» only with the learner named.
_BARE = re.compile(
    rf"{_START}[يت](?P<verb>{_VERB})\s+{_LEARNER}(?P<on>\s+(?:على|علي|إلى|الى))?\s+(?=\S)"
)


def _as_exam_verb(match: re.Match[str]) -> str:
    verb = match.group("verb")
    # («يتعرف على» loses its «على»; another verb keeps a word it governs, «يستدل على»)
    on = "" if verb == "تعرف" or match.group("on") is None else match.group("on")
    return f"{match.group(1)}{match.group(2)}{_VERBS[verb]}{on} "


def objectives_as_exam_verbs(text: str) -> str:
    """The text with each lesson objective («أن يذكر الطالب …») set as its exam verb
    («اذكر …»); unchanged when it holds none."""
    if "ان " not in text and "أن " not in text and not re.search(_LEARNER, text):
        return text
    text = _WITH_THAT.sub(_as_exam_verb, text)
    return _BARE.sub(_as_exam_verb, text)
