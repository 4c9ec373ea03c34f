"""Near-miss statements: another share, person, place or side than the text's is «خطأ» only
when the text states the right value about that subject; a detail the text leaves unstated
(what Abd al-Rahman gave), a head named for the place he heads (Ukaydir for Dumat
al-Jandal), an ally named beside the Romans is never «خطأ». Each row is what the user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # a share written «الثلث من ماله», «الربع من ماله», «النصف من ماله»
        ("صح أم خطأ: قدم عمر بن الخطاب الثلث من ماله في تبوك", False, "umar_donation"),
        ("صح أم خطأ: قدم عمر الربع من ماله", False, "umar_donation"),
        ("صح أم خطأ: قدم عمر النصف من ماله", True, "umar_donation"),
        # Abu Bakr's and Umar's own facts state their shares: swapped, false
        ("صح أم خطأ: قدم أبو بكر النصف من ماله", False, "abu_bakr_donation"),
        ("صح أم خطأ: قدم عمر ماله كله", False, "umar_donation"),
        # a figure is one donor's gift: naming another donor for it swaps them
        ("صح أم خطأ: قدم عبد الرحمن بن عوف 950 جملا", False, "uthman_donation"),
        # a first clause the text contradicts makes the whole statement false
        ("صح أم خطأ: غزوة تبوك وقعت في رمضان وكانت آخر غزوة", False, "date"),
        ("صح أم خطأ: مؤتة صارت بعد تبوك وكانت آخر غزوة", False, "mutah"),
        # a side no ally of the Romans, or Khalid's errand elsewhere: still false
        ("صح أم خطأ: خرج المسلمون لقتال الفرس", False, "enemy"),
        ("صح أم خطأ: جلب الروم معهم قبيلتي قريش وهوازن", False, "roman_allies"),
    ],
)
def test_near_miss_judged_by_the_value_the_text_states(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the text says Abd al-Rahman gave, not how much: Umar's half is no correction
        "صح أم خطأ: قدم عبد الرحمن بن عوف نصف ماله في تبوك",
        "صح أم خطأ: قدّم عبد الرحمن بن عوف ماله كله في غزوة تبوك.",
        # Ukaydir, named with the place he heads, speaks for it (Dumat made peace)
        "صح أم خطأ: أكيدر صاحب دومة الجندل صالح على الجزية",
        "صح أم خطأ: أكيدر رئيس دومة الجندل صالح على الجزية",
        # Lakhm and Ghassan are the Romans' allies: not put in the Romans' place
        "صح أم خطأ: هرقل اعطى جنوده رزق سنة مقدما وجمع لخم وغسان",
    ],
)
def test_unstated_or_allied_detail_is_never_false(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)
