"""Headlines that ask a detail the text does not state: the count of days, the number of
a town's people, a treaty's exact words. Each names a fact's words (the army, Ayla, the
treaties), and the fact must not be given as if it answered."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_never_true, reply_to


def _not_answered(answerer: FormAnswerer, message: str) -> str:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert all(part.status is not Status.VERDICT for part in reply.parts), text
    return text


@pytest.mark.parametrize(
    "message",
    [
        # a span of days counted with «عدد», as with «كم»: the army's figure is men, not days
        "عدد الأيام التي سار فيها الجيش",
        "كم عدد الأيام التي سار فيها الجيش؟",
        "عدد الليالي التي قضاها الجيش في الطريق",
        # «عدد سكان» is the number of people living there, never the exam verb «عدِّد»
        "عدد سكان أيلة وقت المعاهدة",
        # «نص» before a document asks its words: a headline, not a claim to judge
        "نص المعاهدة بين النبي وأهل أيلة",
        "نص الصلح مع أهل دومة الجندل",
    ],
)
def test_headline_asking_an_unstated_detail_is_not_answered(
    answerer: FormAnswerer, message: str
) -> None:
    _not_answered(answerer, message)


def test_text_of_a_treaty_is_never_judged_true(answerer: FormAnswerer) -> None:
    text = assert_never_true(answerer, "نص المعاهدة بين النبي وأهل أيلة")
    assert "هل تقصد" in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("عدد جيش المسلمين في غزوة تبوك", "army_size"),
        ("كم كان عدد جيش المسلمين؟", "army_size"),
        ("عدد أسباب غزوة تبوك", "reasons"),
    ],
)
def test_counts_the_text_gives_are_still_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
