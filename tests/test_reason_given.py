"""A «why» question a loose rule would answer with a fact that gives no reason is asked back
(knowledge/reason_given.py): the fact tells what happened, not why; a fact that gives a
reason still answers."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("ليش استسلمت دومة الجندل لخالد بدون ما يقاتلوا؟", "dumat_aljandal"),
        ("علل: خضوع دومة الجندل لخالد بن الوليد بلا قتال", "dumat_aljandal"),
        ("لماذا خضع أهل دومة الجندل لخالد؟", "dumat_aljandal"),
        ("علل: لماذا تأخر بعض المؤمنين الصادقين عن الخروج إلى تبوك", "believers"),
        ("لماذا تخلف بعض المؤمنين الصادقين عن تبوك؟", "believers"),
    ],
)
def test_why_is_not_answered_with_what_happened(
    answerer: FormAnswerer, message: str, told: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not reply.parts[0].done, text
    assert answer_text(answerer, told) not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a word of cause in the answer: «فقد أرعبهم», «حقنًا للدماء»
        ("استنتج سبب خوف العرب من مواجهة الروم", "arab_fear"),
        ("علل: لم يهاجم النبي الروم بعد تراجعهم", "no_battle"),
        ("ليش سموه جيش العسرة؟", "army_name"),
    ],
)
def test_a_fact_that_gives_a_reason_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ANSWER and part.fact is not None, text
    assert part.fact.id == fact_id
