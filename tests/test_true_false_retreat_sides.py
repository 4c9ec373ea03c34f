"""Who retreated before whom (statement_sides.fled_before_its_side): the text has the Romans
retreat into their lands before the Muslims' army. A statement having the Muslims retreat
before the Romans, or flee from them, puts it the other way round: «خطأ» by that fact. A
retreat with no side fled from is not, nor is a denial (left to the denial rules)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict


@pytest.mark.parametrize(
    "message",
    [
        "المسلمين هما اللي تراجعوا قدام الروم في تبوك؟ صح ولا غلط",
        "صح أم خطأ: هرب جيش المسلمين من الروم",
        "صح أم خطأ: تراجع المسلمون أمام الروم",
    ],
)
def test_the_muslims_retreating_before_the_romans_is_false(
    answerer: FormAnswerer, message: str
) -> None:
    # (statement_sides.fled_before_its_side: the Romans retreated, not from them)
    assert_verdict(answerer, message, False, "roman_surprise")


@pytest.mark.parametrize(
    "message",
    [
        # (no side fled from: the text does not say where the Muslims went after Tabuk)
        "صح أم خطأ: انسحب المسلمون من تبوك",
        # (a denial is left to the denial rules)
        "صح أم خطأ: المسلمون ما تراجعوا قدام الروم",
    ],
)
def test_a_retreat_with_no_side_fled_from_is_not_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)
