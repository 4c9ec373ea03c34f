"""«Their / his …» after a «who» question: the one its answer names.

«من هو عدو المسلمين في تبوك؟ ومن حلفاؤهم؟», «من هو رئيس دومة الجندل؟ وماذا حصل له؟»: the
pronoun stands for the one the part before asked for, whom its answer names first (the
Romans, Ukaydir), not for anyone the part before's own words name («المسلمين»). Tried only
when neither the part alone nor its reading with the part before's words answered it; the
reading with that name is kept only when it gets a fact the part alone already offered and
the part before did not get. Part of reading follow-ups (knowledge/follow_up_reading.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.engine import Outcome
from knowledge.follow_ups import names_in
from knowledge.form_replies import PartReply
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from knowledge.pronoun_referents import says_its_or_their
from knowledge.question_type import question_type

if TYPE_CHECKING:
    from knowledge.forms import FormAnswerer


def the_one_answered(
    answerer: FormAnswerer, reply: PartReply, before: PartReply
) -> PartReply | None:
    """The follow-up read with the first name in the answer to the «who» part before it;
    None when that settles nothing."""
    part = reply.part
    if reply.done or reply.reply.outcome is not Outcome.SUGGEST:
        return None
    if not before.done or before.fact is None:
        return None
    if question_type(tuple(normalize(before.part.text).split())) is not QuestionType.PERSON:
        return None
    engine = answerer.engine
    vocabulary = engine.matcher.vocabulary
    if not says_its_or_their(part.text, vocabulary):
        return None
    names = names_in(before.fact.answer, vocabulary)
    if not names:
        return None
    again = engine.answer(f"{part.text.rstrip(' ؟?')} {names[0]}")
    offered = {candidate.fact.id for candidate in reply.reply.suggestions}
    if (
        again.answered
        and again.fact is not None
        and again.fact != before.fact
        and again.fact.id in offered
    ):
        return answerer.plain(part, again, judge=False)
    return None
