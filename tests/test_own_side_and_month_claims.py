"""True/false claims as people type them: «بشهر رجب» is the month of Rajab (no length of
time to check), and «قائد المسلمين» / «عدد المسلمين» name the expedition's own side, whose
leader or number the fact gives without naming «the Muslims» as a party; «الدولة الفارسية»
is the Persians, a party the enemy fact excludes."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict, reply_to


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صح ولا غلط: غزوة تبوك صارت بشهر رجب سنة تسعة هجري", True, "date"),
        ("صح ولا غلط: خرج النبي لتبوك بشهر رمضان", False, "date"),
        ("صح أم خطأ: قائد المسلمين في تبوك هو النبي صلى الله عليه وسلم", True, "leader"),
        ("صح أم خطأ: قائد المسلمين في تبوك هو خالد بن الوليد", False, "leader"),
        ("صح أم خطأ: كان عدد المسلمين في تبوك ثلاثين ألفا", False, "army_size"),
        # «الفارسية» is the Persians' empire, a party set against the Romans, no place
        ("صح أم خطأ: كانت الدولة الفارسية هي العدو في غزوة تبوك", False, "enemy"),
        ("صح أم خطأ: كانت غزوة تبوك ضد الإمبراطورية الفارسية", False, "enemy"),
    ],
)
def test_month_and_own_side_claims_are_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the treaties name the people of Ayla and are silent on their terms: Dumat's
        # tribute says nothing of Ayla's
        "صح أم خطأ: دفع أهل أيلة الجزية",
        "ضع علامة ✓ أو ✗: دفع سكان أيلة الجزية ( )",
    ],
)
def test_the_people_of_a_place_the_text_names_are_not_corrected_by_another_place(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].verdict is None, text
