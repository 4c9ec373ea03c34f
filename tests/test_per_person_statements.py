"""Statements about two donors, the second with his share but no verb of his own («… وعمر نصف
ماله»): each person is judged with his own share, not the pair as one list of names."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("ابو بكر الصديق قدم كل ماله وعمر نصف ماله صح ولا غلط", True, "abu_bakr_donation"),
        ("قدم أبو بكر ماله كله وعمر نصف ماله ( )", True, "abu_bakr_donation"),
        # false: corrected by the whole statement's fact, the one who gave «ماله كله»
        ("ابو بكر قدم نصف ماله وعمر ماله كله صح ام خطأ", False, "umar_donation"),
    ],
)
def test_each_donor_is_judged_with_his_own_share(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    text = assert_verdict(answerer, message, verdict, fact_id)
    assert ("صحيح" if verdict else "خطأ") in text.split("\n")[0]
