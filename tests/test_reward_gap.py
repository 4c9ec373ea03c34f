"""«أجر المجاهدين في تبوك»: reward (in the hereafter) asked of the Muslims is no wage; the
text tells only the wage Heraclius paid his mercenaries («أجرة سنة»), so the reward is a
known gap (knowledge/data/known_gaps.json, reward_hereafter). The wage is still answered."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with, assert_not_answered_with


@pytest.mark.parametrize(
    "message",
    [
        "أجر المجاهدين في تبوك",
        "ما أجر من خرج في غزوة تبوك؟",
        "شو اجر اللي خرجوا مع النبي لتبوك؟",
        "ما ثواب من جهز جيش العسرة؟",
    ],
)
def test_a_reward_is_not_the_wage(answerer: FormAnswerer, message: str) -> None:
    text = assert_not_answered_with(answerer, message, "heraclius")
    assert "ثوابهم عند الله" in text, text


@pytest.mark.parametrize(
    "message", ["أجرة جنود هرقل", "أجر المرتزقة", "شو الأجر اللي دفعه هرقل للمرتزقة؟"]
)
def test_the_wage_is_still_answered(answerer: FormAnswerer, message: str) -> None:
    assert_answered_with(answerer, message, "heraclius", "أجرة سنة")
