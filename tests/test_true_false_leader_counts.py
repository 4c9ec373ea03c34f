"""Mu'tah's leaders counted: the fact says «القواد الثلاثة» (the noun, then its number as an
adjective); a statement counting them otherwise («قائدان», the dual; «أربعة قادة»; «قائد
واحد») is «خطأ» with that fact, while one counting three, or counting another thing, is not
called false for its count (answer_keys.counted, contradictions.other_count)."""

from __future__ import annotations

import pytest

from knowledge.answer_keys import counted
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("منهم القواد الثلاثة الذين تولوا إدارة المعركة", {(3, "leaders")}),
        ("استشهد قائدان", {(2, "leaders")}),
        ("سقط قائد واحد", {(1, "leaders")}),
        ("ماتوا تلات قادة", {(3, "leaders")}),
        # (the count after «جملًا» is the horses', not a number of camels)
        ("قدم 950 جملًا وخمسين فرسًا", {(950, "camels"), (50, "horses")}),
        ("قادة الروم كانوا كثيرين", set()),
    ],
)
def test_what_a_text_counts(text: str, pairs: set[tuple[int, str]]) -> None:
    assert counted(text) == pairs


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: استشهد في غزوة مؤتة قائدان من قادة المسلمين",
        "سقط في مؤتة أربعة قادة من المسلمين ( )",
        "ضع ✓ أو ✗: استشهد في مؤتة قائد واحد فقط ثم انسحب الجيش",
    ],
)
def test_another_count_of_the_fallen_leaders_is_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_verdict_then_fact(answerer, message, False, "mutah")


@pytest.mark.parametrize(
    "message",
    [
        # (the text gives no size of the army at Mu'tah: «ثلاثة آلاف» counts no leaders)
        "صح أم خطأ: كان جيش المسلمين في مؤتة ثلاثة آلاف مقاتل",
        "صح أم خطأ: سقط في غزوة مؤتة ثلاثة قادة",
        "صح أم خطأ: قاد جيش المسلمين في مؤتة ثلاثة قادة على التوالي ثم خالد",
    ],
)
def test_the_fact_s_count_or_another_thing_counted_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)
