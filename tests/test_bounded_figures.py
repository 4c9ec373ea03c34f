"""A true/false statement giving as a bare figure one the text gives only as a lower bound
(«خرج أربعون ألفًا» where the text says «أكثر من أربعين ألفًا») is not settled, and the reply
shows the text's figure; a statement that bounds it too stays «صحيح», another figure «خطأ»
(knowledge/bounded_figures.py)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.form_replies import Status
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صح أو خطأ: سار إلى تبوك أربعون ألف مجاهد",
        "جيش العسرة كان عدده 40 ألف مقاتل، صح ولا غلط؟",
        "ضع علامة صح أو خطأ: بلغ جيش المسلمين في تبوك أربعين ألفا ( )",
    ],
)
def test_a_bare_figure_the_text_gives_as_a_bound_is_not_settled(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.UNSETTLED and part.verdict is None, text
    assert text.startswith(texts.VERDICT_UNSETTLED_NEAREST), text
    assert answer_text(answerer, "army_size") in text


@pytest.mark.parametrize(
    "message",
    [
        "صح أو خطأ: سار إلى تبوك أكثر من أربعين ألف مجاهد",
        "صح أو خطأ: كان جيش العسرة يزيد على أربعين ألف مقاتل",
        "صح أو خطأ: خرج إلى تبوك فوق الأربعين ألف مقاتل",
    ],
)
def test_a_figure_bounded_as_the_text_bounds_it_is_true(
    answerer: FormAnswerer, message: str
) -> None:
    assert_verdict(answerer, message, True, "army_size")


def test_another_figure_is_still_false(answerer: FormAnswerer) -> None:
    assert_verdict(answerer, "صح أو خطأ: خرج إلى تبوك عشرون ألف مجاهد", False, "army_size")
