"""The Muslims named as the side acted upon («على المسلمين», «جيش المسلمين») are the other
side of the enemy a fact names, not a doer put in the enemy's place: such a statement is
judged by the rest of its words, never called false for naming them."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("تراجع الروم الى داخل بلادهم بعد وصول جيش المسلمين", "roman_surprise"),
        ("استطاع خالد بن الوليد أن ينقذ جيش المسلمين من هزيمة كاملة في مؤتة.", "mutah"),
        # «بجيش المسلمين»: the army's word with its preposition
        ("هل العبارة الآتية صحيحة أم خاطئة: أوقع الروم بجيش المسلمين في مؤتة.", "mutah"),
    ],
)
def test_the_muslims_acted_upon_are_no_swapped_side(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "هل صحيح أن الروم هم الذين بدأوا الاعتداء على المسلمين قبل تبوك",
        "اعتدى العدو المشترك على سفير النبى ﷺ وأوقع بجيش المسلمين في مؤتة ( ✓ )",
    ],
)
def test_the_enemy_s_assault_on_the_muslims_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


def test_the_muslims_as_the_doer_of_the_enemy_s_deed_is_still_false(
    answerer: FormAnswerer,
) -> None:
    assert_verdict_then_fact(answerer, "اعتدى المسلمون على سفير الروم ( )", False, "envoy_assault")
