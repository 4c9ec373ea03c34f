"""A statement comparing Tabuk with another event (knowledge/compared_claims.py): its head,
without the comparison, is judged first; a false head makes it «خطأ», and a true head beside
an event the text never tells of (Badr, the Trench) is never «صحيح»."""

from __future__ import annotations

import pytest

from knowledge.compared_claims import compared_head
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("جيش تبوك كان 3000 بس زي جيش مؤتة، صح ولا لا؟", "army_size"),
        ("صح أم خطأ: كان جيش تبوك ثلاثة آلاف مثل جيش مؤتة", "army_size"),
        ("صح أم خطأ: كانت غزوة تبوك في رمضان مثل غزوة بدر", "date"),
    ],
)
def test_a_false_head_makes_the_comparison_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: كانت غزوة تبوك في رجب مثل غزوة بدر",
        "غزوة تبوك كانت ضد الروم زي غزوة الخندق، صح ولا غلط؟",
    ],
)
def test_a_likeness_to_an_untold_event_is_never_true(answerer: FormAnswerer, message: str) -> None:
    reply = answerer.answer_message(message)
    assert reply.parts[0].verdict is None


@pytest.mark.parametrize(
    ("statement", "head"),
    [
        ("جيش تبوك كان 3000 بس زي جيش مؤتة", ("جيش تبوك كان 3000 بس", False)),
        ("كانت غزوة تبوك في رجب مثل غزوة بدر", ("كانت غزوه تبوك في رجب", True)),
        # near misses: no other event after the marker, or too little before it
        ("كان جيش تبوك مثل الجيوش الكبيرة", None),
        ("مثل غزوة بدر كانت تبوك", None),
        ("تبوك مثل بدر", None),
    ],
)
def test_the_comparison_is_cut(statement: str, head: tuple[str, bool] | None) -> None:
    assert compared_head(statement) == head
