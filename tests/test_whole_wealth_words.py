"""«كل/جميع/بكامل» before a word for wealth, with any pronoun on it («كل مالي», «بجميع
أمواله», «كل فلوسه»), is the detail «ماله كله» that only Abu Bakr's gift states: the donor
described without his name is answered, as «ماله كله» typed after the word already was."""

from __future__ import annotations

import pytest

from knowledge.analysis import analyze
from knowledge.engine import AnswerEngine
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "مين اللي قدم كل فلوسه لجيش تبوك",
        "من الصحابي الذي تبرع بجميع أمواله في تبوك",
        "صحابي دفع كل ماله عشان يتجهز جيش العسرة، مين هو؟",
        "انا صحابي جبت كل مالي للنبي لما جهز جيش تبوك، مين انا؟",
    ],
)
def test_all_of_the_wealth_describes_abu_bakr_s_gift(
    answerer: FormAnswerer, question: str
) -> None:
    assert_answered_with(answerer, question, "abu_bakr_donation", "ماله كله")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("قدمت كل مالي", True),
        ("تبرع بجميع امواله", True),
        ("انفق بكامل ماله", True),
        # («كل الجيش», «كل الصحابة»: «all» of no wealth word is no share of a gift)
        ("خرج كل الجيش", False),
        ("تبرع كل الصحابة", False),
    ],
)
def test_all_is_read_only_before_a_wealth_word(
    arabic_engine: AnswerEngine, text: str, held: bool
) -> None:
    assert ("كله" in analyze(text, arabic_engine.matcher.vocabulary).terms) is held
