"""«سكان تبوك الأصليون», «أهل تبوك قبل الإسلام»: who lived in Tabuk before is not stated;
the text names Tabuk's people only as parties to the treaties, so the treaties (or the
believers, «أهل الإيمان») were a confident wrong answer (knowledge/data/known_gaps.json,
tabuk_inhabitants). The treaties asked are still answered."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with, assert_not_answered_with


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        ("سكان تبوك الأصليون", "treaties"),
        ("أهل تبوك قبل الإسلام", "believers"),
        ("من هم سكان تبوك الأوائل؟", "treaties"),
    ],
)
def test_who_lived_in_tabuk_before_is_not_stated(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    text = assert_not_answered_with(answerer, message, not_shown)
    assert "من كان يسكن تبوك" in text, text


@pytest.mark.parametrize(
    "message", ["مع من عقد النبي معاهدات في تبوك؟", "ماذا عقد النبي مع سكان تبوك؟"]
)
def test_the_treaties_are_still_answered(answerer: FormAnswerer, message: str) -> None:
    assert_answered_with(answerer, message, "treaties", "أيلة")
