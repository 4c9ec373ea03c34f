"""A plain part answered with the engine's reply: a question, a headline, or a statement
judged true or false (part of knowledge/forms.py, which reads each part's form first).

A headline that only names a topic is never judged; a bare or asked statement is said to be
true or false only when the statement judge (knowledge/statements.py) settles it; a yes/no or
either/or question is settled by the fact stating one side.
"""

from __future__ import annotations

import dataclasses
import re

from knowledge.after_the_last import AFTER_THE_LAST_RULE
from knowledge.bare_claims import THING_OPENING, bare_claim
from knowledge.either_or import either_or
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.event_identity import named_as_tabuk
from knowledge.event_kind import KIND_RULE
from knowledge.form_replies import PartReply, Status
from knowledge.headlines import name_and_topic, names_a_topic, states_nothing
from knowledge.message import Form, Part
from knowledge.part_form import is_statement
from knowledge.statements import StatementJudge
from knowledge.tuning import STATEMENT_ANSWER_COVERAGE
from knowledge.yes_no import confirmed_yes, settled_yes_no


class PlainAnswerer:
    """Answers a plain part with the engine's reply, judging what states something."""

    def __init__(self, engine: AnswerEngine, judge: StatementJudge) -> None:
        self._engine = engine
        self._judge = judge

    def plain(self, part: Part, reply: Reply, *, judge: bool = True) -> PartReply:
        statement = judge and part.form is Form.HEADLINE and is_statement(part.original)
        # («الجنود المرتزقة في جيش الروم قبل تبوك»: noun and prepositional phrases, no
        # predicate: a topic, never a claim to judge)
        statement = statement and not name_and_topic(part.original)
        statement = statement and not states_nothing(part.original)
        if statement and names_a_topic(part.original):
            # «تبرعات الصحابة في غزوة تبوك», «ردة فعل الروم عند وصول جيش المسلمين»: a topic,
            # never judged true or false; answered only by a fact that covers enough of it.
            if (
                reply.answered
                and reply.fact is not None
                and not self._judge.covers(
                    reply.fact, part.text, self._judge.claims(part.text), STATEMENT_ANSWER_COVERAGE
                )
            ):
                unknown = dataclasses.replace(reply, outcome=Outcome.UNKNOWN, fact=None)
                return PartReply(part, unknown, Status.NOT_ANSWERED)
        elif statement:
            # «خرج الجيش في رمضان»: a bare statement that contradicts the text is said to be
            # false; one the text states in full («رابط النبي بجنوده عند تبوك وأوقع الرعب
            # بالأعداء») is said to be true, then the fact, when that fact is the one the
            # engine gives for it (a headline such as «مساهمة عبد الرحمن بن عوف في غزوة
            # تبوك» is not confirmed by the list of donors).
            judged = self.true_false(part)
            if judged.status is Status.VERDICT and (
                judged.verdict is False or not reply.answered or judged.fact == reply.fact
            ):
                return judged
            if (
                judged.status is Status.UNSETTLED
                and reply.fact is not None
                and not self._judge.covers(
                    reply.fact,
                    part.text,
                    self._judge.claims(part.text),
                    STATEMENT_ANSWER_COVERAGE,
                )
            ):
                # «سمي جيش العسرة بهذا الاسم لكثرة عدده»: the army's number under a claim
                # about its name would read as a «yes». Not settled, said so.
                return judged
        elif judge and reply.answered and asked_statement(part):
            # «صالحت دومة الجندل خالد بن الوليد على دفع الجزية؟»: confirmed when the engine's
            # fact states it in full; false when a detail is contradicted («قاد خالد بن
            # الوليد غزوة تبوك؟»: the leader fact, not the engine's Khalid's errand).
            judged = self.true_false(part)
            if judged.verdict is False or (judged.verdict is True and judged.fact == reply.fact):
                return judged
        elif judge and (unsure := self._asked_unsure(part, reply)) is not None:
            return unsure  # («غزوة تبوك كانت ضد الفرس؟»: the engine unsure, the claim false)
        elif judge and (bare := bare_claim(self._engine, self._judge, part, reply)):
            return bare  # («غزوة تبوك آخر غزوات النبي ﷺ»: a claim read as a headline)
        either = part.form in (Form.QUESTION, Form.HEADLINE)
        if either and (same := named_as_tabuk(self._engine, part.text)):
            # «هل غزوة تبوك هي نفسها غزوة العسرة؟»: the naming, settled by the army's name
            named = Reply(Outcome.ANSWER, fact=same, yes_no=True, confirmed=True, rule="named")
            return PartReply(part, named, Status.ANSWER, fact=same)
        # («هل تبوك غزوة أم سرية»: the kind is settled by who led it, not by either side)
        either = either and reply.rule not in SETTLED_RULES
        chosen = either_or(self._judge, part.text) if either else None
        if reply.answered and reply.fact is not None:
            if (
                chosen is not None
                and chosen.fact is not None
                and chosen.fact != reply.fact
                and chosen.fact.id not in self._engine.wholes(reply.fact.id)
                and reply.fact.id not in self._engine.wholes(chosen.fact.id)
            ):
                # «عسكر النبي في دومة الجندل ولا في تبوك؟»: the judge finds one side stated and
                # the other false; the fact the words rank first (Khalid's errand to Dumat
                # al-Jandal) states neither side of what is asked.
                return PartReply(part, chosen, Status.ANSWER, fact=chosen.fact)
            confirmed = confirmed_yes(self._judge, part.text, reply)
            return PartReply(part, confirmed, Status.ANSWER, fact=reply.fact)
        if chosen is None and part.form is Form.QUESTION:
            chosen = settled_yes_no(self._judge, part.text, reply)
        if chosen is not None:
            return PartReply(part, chosen, Status.ANSWER, fact=chosen.fact)
        return PartReply(part, reply, Status.NOT_ANSWERED)

    def _asked_unsure(self, part: Part, reply: Reply) -> PartReply | None:
        """«خطأ» for a statement asked with «؟» alone that the engine is unsure of, when the
        judge corrects it with the fact the engine offers first («غزوة تبوك كانت ضد
        الفرس؟»: the enemy fact); never «صحيح» this way, nor by a fact offered after it."""
        if reply.outcome is not Outcome.SUGGEST or not reply.suggestions:
            return None
        if not asked_statement(part):
            return None
        judged = self.true_false(part)
        first = reply.suggestions[0].fact
        if judged.verdict is False and judged.fact is not None and judged.fact == first:
            return judged
        return None

    def true_false(self, part: Part) -> PartReply:
        """«صحيح» or «خطأ» then the fact, or not settled (knowledge/statements.py)."""
        judged = self._judge.judge(part.text)
        if judged.verdict is None:
            return PartReply(part, judged.reply, Status.UNSETTLED, fact=judged.fact)
        return PartReply(
            part, judged.reply, Status.VERDICT, fact=judged.fact, verdict=judged.verdict
        )


def asked_statement(part: Part) -> bool:
    """A statement asked with «؟» and no question word («صالحت دومة الجندل … الجزية؟»)."""
    text = part.original.strip().rstrip("؟? ")
    return (
        part.form is Form.QUESTION
        and part.original.strip()[-1:] in ("؟", "?")
        and not any(mark in text for mark in "؟?")
        # («غزوة تبوك آخر غزوة للنبي؟»: a claim may open with the thing it speaks of)
        and is_statement(text, topic_opens=THING_OPENING.match(text) is not None)
        and not _TWO_SIDES.search(text)
    )


# Replies FormAnswerer._kind settles a question with, which no reading of the whole overrides.
SETTLED_RULES = frozenset({KIND_RULE, AFTER_THE_LAST_RULE})

# «تجهيز الجيش كان سهل ولا صعب؟», «… ولا مفيش؟»: two sides asked, no claim to confirm.
_TWO_SIDES = re.compile(r"\s(?:ولا|او|أو|والا|وإلا)\s+(?:\S+\s+){0,2}\S+\s*$")
