"""Questions that point back at nothing they name: «Which one was it?» after a story about
«the last expedition the Prophet led personally», «What does that mean?» on its own.

Carried into the part before, such a question keeps only the story's people («the Prophet»),
which every fact tells of: an answer found from them alone is a guess, so it is asked back.
«What does that mean?» with nothing before it asks about no word at all.
"""

from __future__ import annotations

from dataclasses import replace

from knowledge.english_cues import PEOPLE_PRONOUN
from knowledge.english_decision import EnglishOutcome, PartReply
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType

# Words that name no subject of their own («it», «one», «happen», «mean» read to these or to
# nothing), and the story's one person every fact tells of.
_EMPTY = frozenset({"mean", "occur", "do", "be", "right", "true"})
_EVERYWHERE = _EMPTY | {"prophet"}


def unpointed(decision: PartReply, own: Reading) -> PartReply:
    """An answer for a part naming nothing of its own, found from the story's people alone,
    asked back instead."""
    if not decision.answered or decision.fact is None or decision.reading is None:
        return decision
    if [t for t in own.terms if t not in _EMPTY]:
        return decision
    if own.question_type not in (QuestionType.NONE, QuestionType.THING):
        return decision  # «… and when?» asks a time of the subject before
    if not set(decision.reading.terms) <= _EVERYWHERE:
        return decision  # «What did they do?» after the hypocrites: they are the subject
    return replace(
        decision, outcome=EnglishOutcome.SUGGEST, fact=None, suggestions=(decision.fact,)
    )


def pointless(decision: PartReply) -> PartReply:
    """«What does that mean?» with no word to mean: not answered."""
    reading = decision.reading
    if reading is not None and reading.terms and set(reading.terms) <= {"mean"}:
        return PartReply(EnglishOutcome.UNKNOWN, reading)
    return decision


# Question words that ask one kind of answer («when», «where», «how many», «who»): a fact
# answering the part alone gives that kind, which is the part's own words fitting it.
_KINDS_ASKED = frozenset(
    {QuestionType.TIME, QuestionType.PLACE, QuestionType.NUMBER, QuestionType.PERSON}
)


def agreed_alone(carried: PartReply, alone: PartReply, text: str) -> PartReply:
    """«- who led the army of Tabuk - when did it take place»: read with the part before, the
    question was asked back («army» carried in, which the date does not explain), but its
    leader is the very fact the question answers on its own: both readings agree, so that
    fact answers. Readings that disagree stay asked back, and so does a part pointing at
    people («How many men did he take?»: alone, «he» is nobody, and its answer a guess) or
    asking no kind of answer its fact gives («what did they do then?»)."""
    if PEOPLE_PRONOUN.search(text) or carried.answered or not alone.answered:
        return carried
    if alone.reading is None or alone.reading.question_type not in _KINDS_ASKED:
        return carried  # «what did the Prophet do then?»: its words say nothing of the fact
    if carried.outcome is not EnglishOutcome.SUGGEST:
        return carried
    if alone.fact is None or not carried.suggestions:
        return carried
    if carried.suggestions[0].id != alone.fact.id:
        return carried
    return alone
