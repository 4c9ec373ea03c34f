"""Figures written in words inside a statement: with «ب/ل» joined to them («بتسعمائة»,
«بأربعين ألفًا», «بألف دينار») and in two words joined by «و» («تسعمائة وخمسين»), they are
one figure, checked against the text's; «وخمسين» is no clause of its own that the text must
state. «جيش المسلمين» names the expedition's own army. Each row is what the user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_never_true, assert_verdict_then_fact


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("صح أم خطأ: عثمان جهز الجيش بتسعمائة وخمسين بعيرا", True, "uthman_donation"),
        ("صح أم خطأ: قدم عثمان تسعمائة وخمسين بعيرا وخمسين فرسا", True, "uthman_donation"),
        ("صح أم خطأ: عثمان جهز الجيش بثلاثمائة بعير", False, "uthman_donation"),
        ("صح أم خطأ: خرج النبي إلى تبوك بثلاثين ألف مقاتل", False, "army_size"),
    ],
)
def test_a_figure_in_words_is_judged_as_the_figure(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the text says «أكثر من أربعين ألفًا»: forty thousand exactly is not settled (read
        # as «ألف» before, it was «خطأ»)
        "صح أم خطأ: خرج النبي إلى تبوك بأربعين ألف مقاتل",
    ],
)
def test_a_figure_the_text_gives_as_a_bound_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        # a thing the text does not name after the figures: not confirmed
        "صح أم خطأ: قدم عثمان تسعمائة وخمسين بعيرا وخمسين سيفا",
    ],
)
def test_an_added_thing_after_the_figures_is_never_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # «جيش المسلمين» names the expedition's own army, as «جيش العسرة» does
        ("صح أم خطأ: قاد النبي صلى الله عليه وسلم جيش المسلمين في تبوك بنفسه", True, "leader"),
        ("صح أم خطأ: قاد خالد بن الوليد جيش المسلمين في تبوك", False, "leader"),
    ],
)
def test_the_muslims_army_is_the_expeditions_own(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_the_muslims_army_put_in_the_romans_place_is_never_true(answerer: FormAnswerer) -> None:
    assert_never_true(answerer, "صح أم خطأ: تقهقر جيش المسلمين إلى داخل بلادهم")
