"""A part that only asks which answer is right («مين الصح؟», «فأيهما الصحيح؟», «هل أصبت؟»,
«وين الجواب الصح فيه؟») beside the question it is about: no question of its own.

People tell of a quiz question and of the answer given to it, then ask who was right; the
reply to the question settles it, so the check is not read as a second part (it was
answered with nothing, or with another fact). Part of reading a message
(knowledge/message.py). It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

from knowledge.message_models import Form, Part
from knowledge.normalize import normalize

# (normalised text: «أ/إ» are «ا», «ة» is «ه», «ى» is «ي»)
_CHECK_END = re.compile(
    r"(?:^|\s)[وف]?(?:"
    r"(?:ايهما|اي\s+واحد|مين|منو|من|شو|ايش|وش|شنو|ايه)\s+(?:هو\s+|هي\s+)?(?:الصح|الصحيح|الصواب|اللي\s+صح)"
    r"|هل\s+(?:اصبت|اصبنا|اصاب|اصابت|جاوبت\s+صح)"
    r"|هل\s+(?:اجابته|اجابتي|اجابتها|جوابه|جوابي|جوابها|اجابتنا|جوابنا)\s+(?:صحيحه|صح|صحيح|صائبه)"
    r"|(?:وين|اين|فين)\s+(?:الجواب|الاجابه)\s+(?:الصح|الصحيح|الصحيحه)(?:\s+فيه|\s+فيها)?"
    r")\s*[؟?!.]*\s*$"
)


def only_checks_an_answer(part: Part) -> bool:
    """Whether a part only asks which answer is right («فاختلفنا بين تبوك وحنين، فأيهما
    الصحيح؟», «وين الجواب الصح فيه؟»). (A part that tells the answer someone gave, «قال
    المتصل: عثمان، هل إجابته صحيحة؟», holds a claim to judge, and stays.)"""
    text = normalize(part.text)
    match = _CHECK_END.search(text)
    return match is not None and not _TOLD_ANSWER.search(text[: match.start()])


# Someone's answer told before the check («قال المتصل:», «جاوبت …», «إجابة المتسابق:»).
# (normalised text)
_TOLD_ANSWER = re.compile(
    r"(?:^|\s)[وف]?(?:قال|قلت|قالت|قالوا|اجاب|اجابت|اجبت|جاوب|جاوبت|جاوبنا|اجابه|جواب|جوابه"
    r"|جوابي|اجابتي|اجابته|اختار|اخترت|اختارت|كتبت|كتب)(?:\s|$|[:،,])"
)


def without_answer_checks(parts: list[Part]) -> list[Part]:
    """The parts without those that only ask which answer is right, when another part asks
    the question itself (a question or a choice)."""
    checks = [only_checks_an_answer(part) for part in parts]
    asked = any(
        not check and part.form in (Form.QUESTION, Form.CHOICE, Form.RIDDLE)
        for part, check in zip(parts, checks, strict=True)
    )
    if not asked or not any(checks):
        return parts
    return [part for part, check in zip(parts, checks, strict=True) if not check]
