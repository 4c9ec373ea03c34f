"""A bare sentence read as a headline or a question, which the text settles as a claim.

«غزوة تبوك آخر غزوات النبي ﷺ», «تبرع عثمان بخمسين فرسا.», «آية انفروا … من سورة
البقرة», «غزوة تبوك اخر غزوة للنبي ﷺ؟»: a nominal sentence opening with a topic noun
(«غزوة», «آية») or a statement with a «؟» is read as a headline or a question and answered
with its fact, without saying whether it holds. When it asks nothing (no question word, no
request, no «… ولا …» choice) and the statement judge settles it, the verdict is given: «خطأ»
by a detail the text contradicts, «صحيح» only by the fact the message is answered with
(or one it is part of, or one part of it), so a headline is never confirmed by another fact.
"""

from __future__ import annotations

import re

from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.event_identity import named_as_another_event
from knowledge.form_replies import PartReply, Status
from knowledge.headlines import name_and_topic, states_nothing
from knowledge.message import Form, Part
from knowledge.part_form import is_statement
from knowledge.statements import StatementJudge

# A sentence may open with the thing it speaks of («غزوة تبوك آخر …», «آية … من سورة البقرة»,
# «عدد جيش المسلمين عشرة آلاف»); never with a topic word («دور هرقل …», «أسباب …»), which
# heads a search, not a claim.
THING_OPENING = re.compile(
    r"^\s*(?:ال)?(?:غزوة|غزوه|معركة|معركه|جيش|آية|اية|ايه|سورة|سوره|عدد|تاريخ|مدة|مده|اسم|قائد)\b"
)


def bare_claim(
    engine: AnswerEngine, judge: StatementJudge, part: Part, reply: Reply
) -> PartReply | None:
    """The verdict on a headline or question part that only states something, else None."""
    if part.form not in (Form.HEADLINE, Form.QUESTION):
        return None
    # (asked with «؟» it is a yes/no question, answered «نعم/لا» by knowledge/yes_no.py)
    text = part.original.strip().rstrip("!.، ").strip()
    if not text or any(mark in text for mark in "؟?") or name_and_topic(text):
        return None
    if states_nothing(text):
        return None  # («القبائل العربية في جيش الروم بالشام»: a topic, no predicate to judge)
    thing = THING_OPENING.match(text) is not None
    if not is_statement(text, topic_opens=thing):
        return None
    if reply.outcome is Outcome.OTHER_EVENT:
        # «جيش العسرة هو جيش الخندق»: Tabuk's name said to be another event's is false.
        named = named_as_another_event(engine, text)
        if named is None:
            return None
        found = Reply(Outcome.ANSWER, fact=named)
        return PartReply(part, found, Status.VERDICT, fact=named, verdict=False)
    judged = judge.judge(text)
    if judged.verdict is None or judged.fact is None:
        return None
    # The fact that settles it must be one the message is answered with (or one it is part
    # of, or a part of it), or for «خطأ» the one it is first offered: «غزوة تبوك وقعت بعد
    # فتح مكة» is settled by none; «اسماء الجنود المرتزقة …», a detail the text lacks, is
    # never «صحيح».
    offered = [reply.fact] if reply.answered and reply.fact is not None else []
    if not judged.verdict:
        # (the leading one only: «غزوة أرض الروم في السنة التاسعة», a description, is
        # «خطأ» by the verse's figure, its third suggestion)
        offered += [one.fact for one in reply.suggestions[:1]]
    related = {fact.id for fact in offered}
    related |= {whole for fact in offered for whole in engine.wholes(fact.id)}
    related |= {one.id for fact in offered for one in engine.parts(fact.id)}
    if judged.fact.id not in related:
        return None
    return PartReply(part, judged.reply, Status.VERDICT, fact=judged.fact, verdict=judged.verdict)
