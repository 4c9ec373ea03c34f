"""«… غير التبرع»: a question asking what someone did other than a deed is not answered by
the fact telling that deed (asked back instead); «من غير قتال» is «without fighting», which
leaves nothing out."""

from __future__ import annotations

import pytest

from knowledge.asked import excluded_deed
from knowledge.engine import Outcome
from knowledge.normalize import normalize


@pytest.mark.parametrize(
    "question",
    [
        "ما الذي فعله عمر بن الخطاب في تبوك غير التبرع؟",
        "شو عمل عثمان غير التبرع بالجمال",
    ],
)
def test_what_else_than_the_gift_is_not_the_gift(arabic_engine, question: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is not Outcome.ANSWER, reply.rule


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("ماذا فعل عمر غير التبرع", True),
        ("هل خضعت دومة الجندل من غير قتال", False),
        ("من تبرع غير عثمان", False),  # a person left out: knowledge/asked.py's «someone else»
    ],
)
def test_excluded_deed(question: str, deed: bool) -> None:
    assert bool(excluded_deed(tuple(normalize(question).split()))) is deed


def test_other_than_the_things_given_is_still_the_gift(arabic_engine) -> None:
    # Uthman gave «أموالا كثيرة» beside the camels and the horses
    reply = arabic_engine.answer("ماذا قدم عثمان بن عفان للجيش غير الإبل والخيل؟")
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "uthman_donation", reply.rule
