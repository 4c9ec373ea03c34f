"""A figure or a date the message already tells is not what it asks (knowledge/told_value.py):
the fact that answers with that figure is no answer to «what/why/how many» asked of it."""

from __future__ import annotations

import pytest

from knowledge.forms import Status
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from knowledge.told_value import tells_its_value, told_words
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "not_fact"),
    [
        # the army's number told, its name asked
        ("الجيش كان أكثر من أربعين ألفا، فبماذا سمي؟", "army_size"),
        ("الجيش كان اكثر من اربعين الف، ليش سموه جيش العسرة؟", "army_size"),
        # the number told, another number of it asked (the text gives none)
        ("كان في الجيش أكثر من أربعين ألفا، فكم منهم من المهاجرين؟", "army_size"),
        # the month told, what was declared in it asked
        ("ماذا أعلن النبي ﷺ في شهر رجب من السنة التاسعة؟", "date"),
    ],
)
def test_a_told_figure_does_not_answer_what_else_is_asked(answerer, message, not_fact) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert not (part.done and part.fact is not None and part.fact.id == not_fact), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # asked who: the person is what the fact adds
        ("من الذي قدم 950 جملا؟", "uthman_donation"),
        # another figure beside it: which one is right is the fact's figure
        (
            "أخي يقول إن جيش تبوك كان ثلاثين ألفا، والكتاب يقول أكثر من أربعين ألفا، فما الصحيح؟",
            "army_size",
        ),
        ("كم كان عدد جيش المسلمين في تبوك؟", "army_size"),
        ("متى كانت غزوة تبوك؟", "date"),
    ],
)
def test_the_figure_itself_is_still_answered(answerer, message, fact_id) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == fact_id, text


def test_only_the_facts_own_figures_count_as_told(answerer) -> None:
    army = answerer.engine.fact("army_size")
    assert army is not None
    words = tuple(normalize("كان الجيش عشرة آلاف فبماذا سمي").split())
    assert not tells_its_value(QuestionType.THING, words, army)
    words = tuple(normalize("كان الجيش أربعين ألفا فبماذا سمي").split())
    assert tells_its_value(QuestionType.THING, words, army)
    assert not tells_its_value(QuestionType.PERSON, words, army)


# The date told is when the thing asked happened: read without it, the question is decided
# again, and a fact stating that same date answers (engine `_told_as_context`).
@pytest.mark.parametrize(
    "message",
    [
        "ماذا أعلن النبي ﷺ في رجب من السنة التاسعة للهجرة؟",
        "ماذا أعلن النبي ﷺ في رجب سنة 9؟",
        "شو اللي أعلنه الرسول بشهر رجب سنة تسع؟",
        "السلام عليكم، المعلمة سألتنا: ماذا أعلن النبي ﷺ في شهر رجب من السنة التاسعة؟",
    ],
)
def test_what_was_done_on_the_date_told_is_answered(answerer, message) -> None:
    assert_answered_with(answerer, message, "mobilisation", "التعبئة العامة")


@pytest.mark.parametrize(
    ("message", "not_fact"),
    [
        # nothing asked beyond the date: no fact answers «what happened then»
        ("ماذا حدث في رجب سنة تسع؟", "date"),
        # asked who: who did it then is what is asked, the date is not set aside
        ("ضد من أعلن الرسول ﷺ التعبئة العامة في رجب سنة تسع؟", "mobilisation"),
        # a fact that does not state the date told is not confirmed by it
        ("ماذا فعل هرقل في رجب سنة تسع؟", "heraclius"),
        ("ماذا قدم عثمان في رجب سنة تسع؟", "uthman_donation"),
    ],
)
def test_the_date_told_is_context_only_for_a_fact_stating_it(answerer, message, not_fact) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert not (part.done and part.fact is not None and part.fact.id == not_fact), text


def test_the_words_that_tell_a_date() -> None:
    words = tuple(normalize("ماذا أعلن النبي في رجب من السنة التاسعة للهجرة").split())
    assert told_words(QuestionType.THING, words) == {"رجب", "السنه", "التاسعه", "للهجره"}
    assert told_words(QuestionType.PERSON, words) == frozenset()
    assert told_words(QuestionType.THING, tuple(normalize("ماذا أعلن النبي").split())) == set()
