"""The Muslims going out is the expedition itself (statement_sides.the_muslims_army): «خرج
المسلمون إلى تبوك في شهر رجب» is judged by the date, which never names the Muslims; and a
detachment is a «سرية» (the key of Khalid's errand: «مع فرقة من الجيش»)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صح أم خطأ: خرج المسلمون إلى تبوك في شهر رجب", True, "date"),
        ("صح أم خطأ: المسلمون خرجوا لتبوك في رجب سنة 9", True, "date"),
        ("صح أم خطأ: خرج المسلمون إلى تبوك في شهر رمضان", False, "date"),
        # (the hypocrites are a side of their own: they stayed behind)
        ("صح أم خطأ: خرج المنافقون مع النبي إلى تبوك", False, "hypocrites"),
    ],
)
def test_the_muslims_going_out_is_the_expedition(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("صح أم خطأ: أرسل الرسول خالدا مع سرية إلى دومة الجندل", True),
        ("صح أم خطأ: أرسل النبي سرية بقيادة عمر إلى دومة الجندل", False),
    ],
)
def test_a_detachment_is_a_sariyya(answerer: FormAnswerer, message: str, verdict: bool) -> None:
    assert_verdict(answerer, message, verdict, "dumat_aljandal")
