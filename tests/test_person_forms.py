"""The five nouns in the accusative and genitive («أبا عبيدة», «أبي سفيان»): the same rival
person as «أبو …» (answer_keys.json), so a statement naming him is judged by who he is."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # the five nouns: «أبا …» and «أبي …» name the same rival as «أبو …»
        ("أرسل النبي أبا عبيدة إلى دومة الجندل. صح أم خطأ", False, "dumat_aljandal"),
        ("أمّر النبي ﷺ أبا عبيدة على الجيش في تبوك ( )", False, "leader"),
        ("إن أبا بكر قدم ماله كله في تبوك صح", True, "abu_bakr_donation"),
        ("قدم أبا بكر نصف ماله ( )", False, "abu_bakr_donation"),
    ],
)
def test_a_name_in_the_accusative_is_the_same_person(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
