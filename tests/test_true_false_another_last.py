"""Another expedition said to be the last (after_the_last.another_the_last): the text says
Tabuk was the Prophet's last expedition, so «غزوة حنين هي آخر غزوة للنبي» is «خطأ», corrected
by the fact that places it before Tabuk. «The last» bounded by a time («آخر غزوة قبل تبوك»),
or said with Tabuk named, is left to the other rules; «the first» the text never settles."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كنت أظن إن غزوة حنين هي آخر غزوة للنبي ﷺ، كلامي صح؟", "last_expedition"),
        ("صح أم خطأ: آخر غزوة غزاها النبي هي غزوة حنين", "last_expedition"),
        ("صح أم خطأ: كانت غزوة بدر آخر غزوات الرسول", "last_expedition"),
        ("صح أم خطأ: غزوة الخندق هي الغزوة الأخيرة", "last_expedition"),
        # (Mu'tah is placed before Tabuk by its own fact)
        ("صح أم خطأ: غزوة مؤتة آخر غزوة للنبي", "mutah"),
    ],
)
def test_another_expedition_said_to_be_the_last_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: غزوة حنين آخر غزوة قبل تبوك",
        "صح أم خطأ: غزوة حنين أول غزوة للنبي",
        "صح أم خطأ: غزوة حنين آخر غزوة في السنة الثامنة",
    ],
)
def test_a_bounded_or_other_last_is_not_false(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)
