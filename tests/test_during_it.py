"""The expedition named only as the time of what is asked («أين كان أثناء الغزوة؟», after a
question about someone) names no one: it is not answered with where the expedition went
(knowledge/during_it.py)."""

from __future__ import annotations

import pytest

from knowledge.analysis import analyze
from knowledge.during_it import during_it_of_no_one
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "مين هو هرقل؟ ووين كان خلال الغزوة؟",
        "من هو أكيدر؟ وأين كان أثناء غزوة تبوك؟",
        "وين كان وقت الغزوة",
    ],
)
def test_where_someone_unnamed_was_during_it_is_not_where_it_went(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.fact is None or part.fact.id != "location" for part in reply.parts), text
    assert answer_text(answerer, "location") not in text


@pytest.mark.parametrize(
    ("question", "during"),
    [
        ("أين كان أثناء الغزوة", True),
        ("وين كان وقت الغزوة", True),
        # someone or something named: asked of them
        ("أين كان النبي أثناء الغزوة", False),
        ("كم كان عددهم خلال الغزوة", False),
        ("أين كانت غزوة تبوك", False),
    ],
)
def test_during_it_of_no_one(question: str, during: bool) -> None:
    assert during_it_of_no_one(analyze(question).words) is during


def test_where_the_expedition_was_is_still_answered(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "وين صارت غزوة تبوك؟")
    assert reply.parts[0].done and reply.parts[0].fact.id == "location", text
