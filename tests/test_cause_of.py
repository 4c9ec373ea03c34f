"""«أسباب تأخر الروم عن القتال»: the cause of something asked (knowledge/cause_of.py) is not
the expedition's causes unless the fact speaks of that thing. Other rows: the expedition's
own causes, the army's naming, a clause after «السبب اللي …» are read as before."""

from __future__ import annotations

import pytest

from knowledge.cause_of import cause_asked_of
from knowledge.forms import FormAnswerer
from knowledge.normalize import normalize
from knowledge.stemming import stem
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to


def test_the_cause_of_something_else_is_not_the_expeditions(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "أسباب تأخر الروم عن القتال")
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "reasons") not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("ما سبب غزوة تبوك؟", "reasons"),
        ("الأسباب الرئيسية لغزوة تبوك", "reasons"),
        ("سبب خروج النبي إلى تبوك", "reasons"),
        ("سبب تسمية جيش العسرة", "army_name"),
        ("عايز اعرف السبب اللي خلى المسلمين يخرجوا يواجهوا الروم في تبوك", "reasons"),
    ],
)
def test_a_cause_the_fact_speaks_of_is_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


@pytest.mark.parametrize(
    ("question", "asked_of"),
    [
        ("اسباب تاخر الروم عن القتال", "تاخر"),
        ("ما سبب غزوه تبوك", "غزوه"),
        # a relative opens a clause, and a qualifier dropped on reading is no term
        ("السبب اللي خلى المسلمين يخرجوا", None),
    ],
)
def test_what_the_cause_is_asked_of(question: str, asked_of: str | None) -> None:
    words = tuple(normalize(question).split())
    terms = frozenset(stem(word) for word in words)
    expected = stem(asked_of) if asked_of else None
    assert cause_asked_of(words, terms) == expected
